package org.parley.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;

import io.restassured.response.Response;

/** Posts comments through the JSON API with the captcha solved, as a well-behaved client would. */
public final class TestComments {

    private TestComments() {
    }

    public static Response post(CaptchaService captcha, ArticleView article, String userName, String text) {
        Challenge c = captcha.issue();
        return given().contentType("application/json")
                .body(Map.of("userName", userName, "text", text, "captchaToken", c.token(),
                        "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post("/api/articles/" + article.slug() + "/comments");
    }

    /** Posts a comment that the filter publishes and answers its id. */
    public static long published(CaptchaService captcha, ArticleView article, String userName, String text) {
        Response r = post(captcha, article, userName, text);
        r.then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
        return r.jsonPath().getLong("id");
    }
}
