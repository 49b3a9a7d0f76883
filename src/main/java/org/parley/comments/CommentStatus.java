package org.parley.comments;

/** Where a comment stands. Stored as the name, never as a number. */
public enum CommentStatus {
    /** Visible to readers. */
    PUBLISHED,
    /** Held for a moderator's review. */
    PENDING,
    /** Refused by the filter; kept so a moderator can restore it. */
    REJECTED,
    /** Taken down by a moderator. */
    REMOVED
}
