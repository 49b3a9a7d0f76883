package org.parley.comments;

/**
 * A look at who is posting, before the filter reads what they wrote. Moderation implements it with its bans;
 * comments only know the answer, so they do not depend on moderation. It runs on every post, so an
 * implementation must answer from memory.
 */
public interface SubmissionScreen {

    /** What to do with a submission: as usual, hold it for a moderator whatever the filter says, or refuse it. */
    enum Screening {
        ALLOW, HOLD, REFUSE
    }

    /** {@code userName} as cleaned for storing; {@code clientKey} the keyed hash of the client's address. */
    Screening screen(String userName, String clientKey);
}
