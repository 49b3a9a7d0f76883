package org.parley.support;

import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentService;
import org.parley.comments.NewComment;
import org.parley.comments.SubmissionOutcome;

/** Readers' comments posted through the real submission path (filter, captcha and all). */
public final class Comments {

    private Comments() {
    }

    public static SubmissionOutcome.Accepted post(CommentService comments, CaptchaService captcha,
            ArticleView article, String userName, String text) {
        String token = captcha.issue().token();
        SubmissionOutcome outcome = comments.submit(article,
                new NewComment(userName, text, token, Captchas.answer(captcha, token), false), "test-client");
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("the comment was not stored: " + outcome);
    }
}
