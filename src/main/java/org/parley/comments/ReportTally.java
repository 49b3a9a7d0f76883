package org.parley.comments;

/**
 * A reader's report counted on a comment: the comment as it is now, its state before, and whether this report
 * put it on the "Reported" tab.
 */
public record ReportTally(ReviewComment comment, CommentStatus before, boolean flagged) {
}
