package org.parley.moderation;

/** Why a moderator removed a comment: a short list, so removals can be counted and explained. */
public enum RemoveReason {
    RACIST("Racist"),
    ABUSIVE("Abusive or a threat"),
    OFFTOPIC("Off-topic"),
    SPAM("Spam or advertising"),
    PRIVACY("Personal information"),
    OTHER("Other");

    private final String label;

    RemoveReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the name in any case; null or blank means OTHER, since the API may omit it. */
    public static RemoveReason parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        String v = value.strip().replace("-", "").replace("_", "").replace(" ", "");
        for (RemoveReason r : values()) {
            if (r.name().equalsIgnoreCase(v)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reason must be one of racist, abusive, offtopic, spam, privacy, other");
    }
}
