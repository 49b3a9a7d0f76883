package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.support.Captchas;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A card says why the comment is where it is: held for a reason other than the filter's (instead of "Filter:
 * publish, score 0"), or removed, by whom and why.
 */
@QuarkusTest
class CardSaysWhyTest {

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aCommentHeldBecauseTheReaderCouldNotReadTheImageSaysSo() {
        ArticleView article = TestArticles.fresh(articles);
        given().contentType("application/json")
                .body(Map.of("userName", "Reader without images", "text", "The school budget is overdue.",
                        "captchaToken", captcha.issue().token(), "captchaReview", true))
                .post("/api/articles/" + article.slug() + "/comments").then().statusCode(201);

        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("<strong>Why it is here:</strong> The reader could not read the captcha image"
                        + " and asked for a moderator to review the comment instead."));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aCommentTheFilterHeldSaysNothingOfTheKind() {
        ArticleView article = TestArticles.fresh(articles);
        String token = captcha.issue().token();
        given().contentType("application/json")
                .body(Map.of("userName", "Insulter", "text", "You idiot, the school budget is overdue.",
                        "captchaToken", token, "captchaAnswer", Captchas.answer(captcha, token)))
                .post("/api/articles/" + article.slug() + "/comments").then().statusCode(201)
                .body("status", equalTo("PENDING"));

        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("Insulter"), not(containsString("Why it is here:")));
    }

    @Test
    @TestSecurity(user = "mod-ann", roles = "moderator")
    void aRemovedCommentsCardSaysWhoRemovedItAndWhy() {
        ArticleView article = TestArticles.fresh(articles);
        String token = captcha.issue().token();
        int id = given().contentType("application/json")
                .body(Map.of("userName", "Reader", "text", "The school budget is overdue.",
                        "captchaToken", token, "captchaAnswer", Captchas.answer(captcha, token)))
                .post("/api/articles/" + article.slug() + "/comments").then().statusCode(201)
                .body("status", equalTo("PUBLISHED")).extract().path("id");
        given().contentType("application/json").body(Map.of("reason", "offtopic", "note", "about another story"))
                .post("/api/moderation/comments/" + id + "/remove").then().statusCode(200);

        given().accept("text/html").get("/moderation?tab=removed&article=" + article.slug()).then().statusCode(200)
                .body(containsString("Removed by mod-ann: Off-topic; note: about another story, <time"));
    }
}
