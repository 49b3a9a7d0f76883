package org.parley.articles;

/** Whether an article takes comments, and how. Stored as the name. */
public enum CommentMode {
    /** The filter decides what is published. */
    OPEN,
    /** Every comment waits for a moderator, whatever the filter says. */
    PREMODERATED,
    /** No new comments; the published ones stay. */
    CLOSED;

    /** Accepts the name in any case; null for anything else, so callers can name the field at fault. */
    public static CommentMode parse(String value) {
        if (value != null) {
            for (CommentMode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.strip())) {
                    return mode;
                }
            }
        }
        return null;
    }
}
