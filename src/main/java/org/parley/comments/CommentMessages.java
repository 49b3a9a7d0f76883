package org.parley.comments;

import org.parley.filter.Category;

/** What readers are told about their comment, in plain words, the same on the page and in the API. */
public final class CommentMessages {

    public static final String CLOSED = "Comments are closed.";
    public static final String PREMODERATED = "Comments on this article are checked by a moderator before they appear.";
    /** Deliberately the same for every reason, so a banned poster learns nothing about the ban. */
    public static final String NOT_ACCEPTED = "Your comment could not be accepted.";
    public static final String UNAVAILABLE = "We could not save your comment just now, so nothing was published."
            + " Your text is still here: please send it again in a minute.";
    public static final String REPORTED = "Thank you. A moderator will look at this comment.";
    /** After a comment that was not published: its text stays in the form. */
    public static final String TRY_AGAIN = "Your text is still in the box below: you can change it and send it"
            + " again.";

    private CommentMessages() {
    }

    /** One reason a comment was held or refused, as readers are told it: the category, in plain words. */
    public static String reason(Category category) {
        return "It looks " + category.plainWords() + ".";
    }

    public static String outcome(SubmissionOutcome.Accepted accepted) {
        return outcome(accepted.status(), accepted.verdict().category());
    }

    public static String outcome(CommentStatus status, Category category) {
        return switch (status) {
            case PUBLISHED -> "Thank you: your comment is published.";
            case PENDING -> "Thank you: your comment will appear once a moderator has reviewed it.";
            case REJECTED, REMOVED -> "Your comment was not published because it looks "
                    + (category == null ? "inappropriate" : category.plainWords())
                    + ". Racist, abusive and off-topic comments are not accepted.";
        };
    }
}
