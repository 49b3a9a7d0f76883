package org.parley.comments;

/** A moderator's move of one comment, with what it was before, for the audit trail and undo. */
public record StatusChange(ReviewComment comment, CommentStatus before, boolean reportsCleared) {

    public CommentStatus after() {
        return comment.status();
    }
}
