package org.parley.captcha;

/** The result of checking one captcha attempt, with the message a reader sees when it failed. */
public enum CaptchaCheck {
    /** Solved. */
    PASSED(null),
    /** Not solved, but the reader asked for review instead: the comment must be held for a moderator. */
    REVIEW_INSTEAD(null),
    /** The captcha is turned off on this site. */
    NOT_REQUIRED(null),
    MISSING("Please type the words you see in the image."),
    WRONG("The words you typed do not match the image. Please try the new image."),
    EXPIRED("The image has expired. Please type the words in the new image."),
    ALREADY_USED("That image was already used. Please type the words in the new image."),
    INVALID("The image could not be checked. Please type the words in the new image.");

    private final String message;

    CaptchaCheck(String message) {
        this.message = message;
    }

    public boolean accepted() {
        return message == null;
    }

    /** What to tell the reader, or null when the check passed. */
    public String message() {
        return message;
    }
}
