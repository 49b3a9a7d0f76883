package org.parley.comments;

/**
 * What a reader sends: the two fields they type and the captcha they solved. {@code captchaReview} means
 * "I cannot solve the image: hold my comment for a moderator instead". Nothing else a client sends
 * (status, id, time) is ever read.
 */
public record NewComment(String userName, String text, String captchaToken, String captchaAnswer,
        Boolean captchaReview) {

    public boolean wantsReview() {
        return Boolean.TRUE.equals(captchaReview);
    }
}
