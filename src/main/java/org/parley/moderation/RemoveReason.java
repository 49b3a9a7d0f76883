package org.parley.moderation;

/**
 * Why a moderator removed a comment: a short list, so removals can be counted and explained. Their names for
 * people are in {@link ModerationMessages#removeReason}.
 */
public enum RemoveReason {
    RACIST,
    ABUSIVE,
    OFFTOPIC,
    SPAM,
    PRIVACY,
    OTHER;

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
