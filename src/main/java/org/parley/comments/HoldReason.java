package org.parley.comments;

/**
 * Why a comment that the filter would have published waits for a moderator instead. Without it, such a card
 * says "Filter: publish, score 0" and leaves the moderator to guess.
 */
public enum HoldReason {
    READER_ASKED("The reader could not read the captcha image and asked for a moderator to review the comment"
            + " instead."),
    PREMODERATED("Every comment on this article waits for a moderator (the article's comment mode)."),
    SCREENED("A ban on this name or address holds its comments for a moderator.");

    private final String explanation;

    HoldReason(String explanation) {
        this.explanation = explanation;
    }

    /** For the moderator who reads the card. */
    public String explanation() {
        return explanation;
    }
}
