package org.parley.comments;

/**
 * Why a comment that the filter would have published waits for a moderator instead. Without it, such a card
 * says "Filter: publish, score 0" and leaves the moderator to guess. The card's words for each are in
 * ModerationMessages (heldBecause), in each language.
 */
public enum HoldReason {
    /** The reader could not read the captcha image and asked for review instead. */
    READER_ASKED,
    /** Every comment on the article waits for a moderator (its comment mode). */
    PREMODERATED,
    /** A ban on the name or address holds its comments. */
    SCREENED
}
