package org.parley.moderation.reports;

/** Why a reader reports a comment. Stored as the name; its words are in {@link ReportMessages#reason}. */
public enum ReportReason {
    RACIST,
    ABUSIVE,
    OFFTOPIC,
    SPAM,
    OTHER;

    /** The form and API value: the name in lower case. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Accepts the name in any case, with or without a hyphen ("off-topic"); null for anything else. */
    public static ReportReason parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replace("-", "").replace("_", "").replace(" ", "");
        for (ReportReason r : values()) {
            if (r.name().equalsIgnoreCase(v)) {
                return r;
            }
        }
        return null;
    }
}
