package org.parley.comments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;
import org.parley.support.Captchas;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CommentApiResourceTest {

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Test
    void aSolvedCleanCommentIsPublishedAndListed() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        json(Map.of("userName", "Api reader", "text", "Good to see the schools budget debated.",
                "captchaToken", c.token(), "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post(commentsOf(article))
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("status", equalTo("PUBLISHED"))
                .body("reasons", empty());
        given().get(commentsOf(article)).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].userName", equalTo("Api reader"))
                .body("[0].text", equalTo("Good to see the schools budget debated."))
                .body("[0].createdAt", notNullValue())
                .body("[0]", not(org.hamcrest.Matchers.hasKey("status")));
    }

    @Test
    void aWrongAnswerIsRefusedAndTheTokenCannotBeReused() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        json(Map.of("userName", "Guesser", "text", "Guessing.", "captchaToken", c.token(), "captchaAnswer", "wrong"))
                .post(commentsOf(article))
                .then().statusCode(400)
                .body("field", equalTo("captchaAnswer"))
                .body("error", containsString("do not match"));
        json(Map.of("userName", "Guesser", "text", "Guessing again.", "captchaToken", c.token(),
                "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post(commentsOf(article))
                .then().statusCode(400)
                .body("error", containsString("already used"));
        given().get(commentsOf(article)).then().body("$", empty());
    }

    @Test
    void aCommentWithoutTokenIsRefused() {
        ArticleView article = TestArticles.fresh(articles);
        json(Map.of("userName", "Bot", "text", "No captcha at all."))
                .post(commentsOf(article))
                .then().statusCode(400)
                .body("field", equalTo("captchaAnswer"));
    }

    @Test
    void clientsCannotChooseTheStatus() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        json(Map.of("userName", "Sneaky", "text", "Shut up, you fucking idiot.", "status", "PUBLISHED", "id", 1,
                "captchaToken", c.token(), "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post(commentsOf(article))
                .then().statusCode(201)
                .body("status", not(equalTo("PUBLISHED")));
    }

    @Test
    void aRefusedCommentSaysWhyInACategoryButNeverWhichRuleScoredWhatOnWhichWords() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        json(Map.of("userName", "Spammer", "text", "Great article! Check out my channel for more.",
                "captchaToken", c.token(), "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post(commentsOf(article))
                .then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("message", containsString("off-topic"))
                .body("reasons.category", hasItem("offtopic"))
                .body("reasons.message", hasItem("It looks off-topic."))
                .body("reasons[0]", not(hasKey("rule")))
                .body(not(containsString("self-promotion")))
                .body(not(containsString("score")))
                .body(not(containsString("Check out my")));
        given().get(commentsOf(article)).then().body("$", empty());
    }

    @Test
    void aRacistCommentIsRejected() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        json(Map.of("userName", "Hater", "text", "Send the wetbacks home.",
                "captchaToken", c.token(), "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post(commentsOf(article))
                .then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("message", containsString("racist"))
                .body("reasons.category", hasItem("racist"));
    }

    @Test
    void unknownArticleIsAJsonNotFound() {
        given().get("/api/articles/no-such-article/comments").then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", notNullValue());
    }

    @Test
    void malformedOrMissingBodiesAreJsonErrors() {
        ArticleView article = TestArticles.fresh(articles);
        given().contentType("application/json").body("{\"userName\": ").post(commentsOf(article))
                .then().statusCode(400).contentType(containsString("application/json")).body("error", notNullValue());
        given().contentType("application/json").post(commentsOf(article))
                .then().statusCode(400).body("error", notNullValue());
        given().contentType("text/plain").body("userName=x").post(commentsOf(article))
                .then().statusCode(415).body("error", notNullValue());
    }

    private static String commentsOf(ArticleView article) {
        return "/api/articles/" + article.slug() + "/comments";
    }

    private static RequestSpecification json(Map<String, Object> body) {
        return given().contentType("application/json").body(body);
    }
}
