package org.parley.comments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.support.Captchas;
import org.parley.support.FormSession;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The comment form on the article page, posted as a browser would. */
@QuarkusTest
class CommentFormTest {

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CaptchaService captcha;

    @Test
    void aCleanCommentIsPublishedAndTheReaderIsRedirectedToIt() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        Response posted = form.post(captcha, "Maria", "The school budget finally gets the attention it needs.\nWell done.")
                .post(article.path() + "/comments");
        posted.then().statusCode(303);
        String location = posted.getHeader("Location");
        assertTrue(location.contains(article.path() + "?page=1&posted=published#comment-"), location);

        given().get(location.replaceFirst("#.*", "")).then().statusCode(200)
                .body(containsString("Thank you: your comment is published."),
                        containsString("1 Comment(s)"),
                        containsString("Maria"),
                        containsString("The school budget finally gets the attention it needs.\nWell done."));
    }

    @Test
    void aWrongCaptchaAnswerComesBackWithTheTextKeptAndANewImage() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        String html = form.post()
                .formParam("userName", "Kept Name")
                .formParam("text", "My carefully written thoughts on the budget.")
                .formParam("captchaToken", form.captchaToken)
                .formParam("captchaAnswer", "wrong words")
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("value=\"Kept Name\""),
                        containsString(">My carefully written thoughts on the budget.</textarea>"),
                        containsString("do not match the image"))
                .extract().asString();
        String newToken = FormSession.captchaTokenIn(html);
        assertNotNull(newToken);
        assertNotEquals(form.captchaToken, newToken, "a failed attempt always gets a fresh challenge");
        assertEquals(0, comments.published(article.id()).size());
    }

    @Test
    void eachMissingFieldIsNamedNextToIt() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "", "   ")
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("id=\"userName-error\">Please enter your user name."),
                        containsString("id=\"text-error\">Please write your comment."));
    }

    @Test
    void aCommentOverTheLimitIsRefusedAndKept() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        String longText = "b".repeat(CommentService.TEXT_MAX + 1);
        form.post(captcha, "Long writer", longText)
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("is 3001 characters long; the limit is 3000"), containsString(longText));
    }

    @Test
    void aCommentWithoutCaptchaIsRefused() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post()
                .formParam("userName", "No captcha")
                .formParam("text", "Posting without solving anything.")
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("Please type the words you see in the image."));
        assertEquals(0, comments.published(article.id()).size());
    }

    @Test
    void aPostWithoutTheCsrfTokenChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", form.cookie)
                .formParam("userName", "Forger")
                .formParam("text", "Cross-site comment.")
                .formParam("captchaToken", form.captchaToken)
                .formParam("captchaAnswer", Captchas.answer(captcha, form.captchaToken))
                .post(article.path() + "/comments")
                .then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", form.csrfToken)
                .formParam("userName", "Forger")
                .formParam("text", "Cross-site comment without cookie.")
                .post(article.path() + "/comments")
                .then().statusCode(403);
        assertEquals(0, comments.published(article.id()).size());
    }

    @Test
    void scriptInNameAndTextIsShownEscapedNeverRaw() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "<script>alert(1)</script>", "\"><svg onload=alert(2)></textarea><script>alert(3)</script>")
                .post(article.path() + "/comments")
                .then().statusCode(303);
        given().get(article.path()).then().statusCode(200)
                .body(allOf(
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        containsString("&quot;&gt;&lt;svg onload=alert(2)&gt;&lt;/textarea&gt;"),
                        not(containsString("<script>alert")),
                        not(containsString("<svg"))));
    }

    @Test
    void anAbusiveCommentIsNotPublishedTheReaderIsToldWhyAndKeepsTheTextToChangeIt() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        // Without profanity, whose words the site's policy decides on rather than the score; an insult and an
        // incitement, two things said, since one insult alone is held for a moderator.
        String text = "You stupid idiot, shut up and go kill yourself.";
        String page = form.post(captcha, "Angry", text).post(article.path() + "/comments")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("was not published because it looks abusive"), "says why");
        assertTrue(page.contains("Your text is still in the box below"), "says the text is kept");
        assertTrue(page.matches("(?s).*<textarea id=\"text\"[^>]*autofocus[^>]*>" + text + "</textarea>.*"),
                "the text is in the box, with the cursor in it");
        assertTrue(page.contains("data-answer-at=\"" + article.path() + "#add-comment\""),
                "the page goes back under the article's address");
        given().get(article.path()).then().body(not(containsString("You stupid idiot")));
    }

    @Test
    void aReaderWhoCannotSeeTheImageIsHeldForReviewInsteadOfRefused() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        Response posted = form.post()
                .formParam("userName", "Screen reader user")
                .formParam("text", "I rely on a screen reader and support the budget plan.")
                .formParam("captchaToken", form.captchaToken)
                .formParam("captchaReview", "true")
                .post(article.path() + "/comments");
        posted.then().statusCode(303);
        assertTrue(posted.getHeader("Location").contains("posted=held"));
        given().get(posted.getHeader("Location").replaceFirst("#.*", "")).then()
                .body(containsString("will appear once a moderator has reviewed it"), containsString("No comments."));
    }

    @Test
    void askingForANewImageKeepsWhatWasTyped() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        String html = form.post()
                .formParam("userName", "Squinting")
                .formParam("text", "Half-written thought")
                .formParam("captchaToken", form.captchaToken)
                .formParam("action", "new-image")
                .post(article.path() + "/comments")
                .then().statusCode(200)
                .body(containsString("value=\"Squinting\""), containsString(">Half-written thought</textarea>"),
                        not(containsString("field-error")))
                .extract().asString();
        assertNotEquals(form.captchaToken, FormSession.captchaTokenIn(html));
    }

    @Test
    void nameWithATextDirectionOverrideIsRefused() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "\u202Enimda", "Trying to look like staff.")
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("invisible or control character"));
    }

    @Test
    void aNulByteIsRefusedWithAMessage() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "Nul", "before\u0000after")
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("NUL character"));
    }

    @Test
    void exactlyTheLimitInFourByteCharactersIsAcceptedAndOneMoreIsNot() {
        ArticleView article = TestArticles.fresh(articles);
        String emoji = "\uD83D\uDE00"; // one code point, two Java chars, four UTF-8 bytes
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "\u4E2D".repeat(CommentService.NAME_MAX), emoji.repeat(CommentService.TEXT_MAX))
                .post(article.path() + "/comments")
                .then().statusCode(303);
        assertEquals(emoji.repeat(CommentService.TEXT_MAX), comments.published(article.id()).get(0).text());

        FormSession again = FormSession.open(article.slug());
        again.post(captcha, "\u4E2D".repeat(CommentService.NAME_MAX + 1), emoji.repeat(CommentService.TEXT_MAX + 1))
                .post(article.path() + "/comments")
                .then().statusCode(400)
                .body(containsString("is 41 characters long; the limit is 40"),
                        containsString("is 3001 characters long; the limit is 3000"));
    }
}
