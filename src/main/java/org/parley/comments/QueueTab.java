package org.parley.comments;

/** The moderation queue's tabs. */
public enum QueueTab {
    PENDING("Pending"),
    REPORTED("Reported"),
    REJECTED("Rejected by the filter"),
    PUBLISHED("Published"),
    REMOVED("Removed");

    private final String label;

    QueueTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
