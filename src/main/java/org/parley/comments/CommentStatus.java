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
    REMOVED;

    /**
     * Whether a moderator may move a comment from this state to {@code next}. Readers' reports on a published
     * comment are reviewed without a change of state, so PUBLISHED to PUBLISHED is not a move.
     */
    public boolean canBecome(CommentStatus next) {
        return switch (this) {
            case PENDING, REJECTED -> next == PUBLISHED || next == REMOVED;
            case PUBLISHED -> next == REMOVED;
            case REMOVED -> next == PUBLISHED;
        };
    }
}
