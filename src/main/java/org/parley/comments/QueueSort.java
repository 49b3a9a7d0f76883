package org.parley.comments;

/** Orders of a queue: oldest first is the default, so nothing waits forever at the bottom. */
public enum QueueSort {
    OLDEST,
    NEWEST,
    SCORE;

    public static QueueSort parse(String value) {
        if (value == null || value.isBlank()) {
            return OLDEST;
        }
        for (QueueSort s : values()) {
            if (s.name().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("sort must be one of OLDEST, NEWEST, SCORE");
    }
}
