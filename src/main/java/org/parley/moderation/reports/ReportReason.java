package org.parley.moderation.reports;

/** Why a reader reports a comment. Stored as the name. */
public enum ReportReason {
    RACIST("Racist"),
    ABUSIVE("Abusive or a threat"),
    OFFTOPIC("Off-topic"),
    SPAM("Spam or advertising"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
