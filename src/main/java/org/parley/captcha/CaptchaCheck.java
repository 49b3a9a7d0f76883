package org.parley.captcha;

/** The result of checking one captcha attempt; what a reader is told of a failed one is the comments' to say. */
public enum CaptchaCheck {
    /** Solved. */
    PASSED,
    /** Not solved, but the reader asked for review instead: the comment must be held for a moderator. */
    REVIEW_INSTEAD,
    /** The captcha is turned off on this site. */
    NOT_REQUIRED,
    MISSING,
    WRONG,
    EXPIRED,
    ALREADY_USED,
    INVALID;

    public boolean accepted() {
        return this == PASSED || this == REVIEW_INSTEAD || this == NOT_REQUIRED;
    }
}
