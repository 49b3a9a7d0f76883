package org.parley.comments;

/** The moderation queue's tabs; their names are the moderation's messages' to say, in each language. */
public enum QueueTab {
    PENDING,
    REPORTED,
    REJECTED,
    PUBLISHED,
    REMOVED;

    /** Accepts the tab's name in any case, and the statuses' names, so {@code ?status=PENDING} works. */
    public static QueueTab parse(String value) {
        if (value == null || value.isBlank()) {
            return PENDING;
        }
        for (QueueTab tab : values()) {
            if (tab.name().equalsIgnoreCase(value.strip())) {
                return tab;
            }
        }
        throw new IllegalArgumentException("status must be one of PENDING, REPORTED, REJECTED, PUBLISHED, REMOVED");
    }
}
