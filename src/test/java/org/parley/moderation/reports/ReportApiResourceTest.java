package org.parley.moderation.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;
import org.parley.support.Captchas;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
public class ReportApiResourceTest {

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Test
    void anyoneCanReportAPublishedCommentAndSeesTheCount() {
        long id = aPublishedComment("Reports are counted for the school budget debate.");
        report(id, Map.of("reason", "abusive", "note", "Insults another reader"))
                .then().statusCode(201)
                .body("commentId", equalTo((int) id))
                .body("reportCount", equalTo(1));
        CommentReport stored = QuarkusTransaction.requiringNew().call(
                () -> CommentReport.<CommentReport>find("commentId", id).singleResult());
        assertEquals(ReportReason.ABUSIVE, stored.reason);
        assertEquals("Insults another reader", stored.note);
    }

    @Inject
    org.parley.security.AccountService accounts;

    @Test
    void moderatorsSeeWhyReadersReportedAComment() {
        org.parley.support.Staff.exist(accounts);
        long id = aPublishedComment("What readers say shows on the moderators' card.");
        report(id, Map.of("reason", "abusive", "note", "Insults another reader")).then().statusCode(201);
        org.parley.support.Staff.moderator().get("/api/moderation/comments/" + id).then().statusCode(200)
                .body("reports.reasons.ABUSIVE", equalTo(1))
                .body("reports.notes[0]", equalTo("Insults another reader"));
    }

    @Test
    void aSecondReportFromTheSameReaderIsAcceptedButCountsNothing() {
        long id = aPublishedComment("One reader, one report, on the hospital budget.");
        report(id, Map.of("reason", "spam")).then().statusCode(201).body("reportCount", equalTo(1));
        report(id, Map.of("reason", "off-topic")).then().statusCode(201).body("reportCount", equalTo(1));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CommentReport.count("commentId", id)));
    }

    @Test
    void onlyPublishedCommentsCanBeReported() {
        ArticleView article = TestArticles.fresh(articles);
        Challenge c = captcha.issue();
        long held = given().contentType("application/json")
                .body(Map.of("userName", "Held reader", "text", "Held back for review, about the budget.",
                        "captchaToken", c.token(), "captchaReview", true))
                .post("/api/articles/" + article.slug() + "/comments")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
        report(held, Map.of("reason", "spam")).then().statusCode(404).body("error", org.hamcrest.Matchers.notNullValue());
        report(987654321L, Map.of("reason", "spam")).then().statusCode(404);
    }

    @Test
    void aReportNeedsAKnownReasonAndANoteOfSensibleLength() {
        long id = aPublishedComment("Reasons matter when the budget is debated.");
        report(id, Map.of("note", "no reason")).then().statusCode(400).body("field", equalTo("reason"));
        report(id, Map.of("reason", "boring")).then().statusCode(400).body("field", equalTo("reason"));
        report(id, Map.of("reason", "other", "note", "n".repeat(ReportService.NOTE_MAX + 1))).then().statusCode(400)
                .body("field", equalTo("note"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CommentReport.count("commentId", id)));
    }

    private long aPublishedComment(String text) {
        return TestComments.published(captcha, TestArticles.fresh(articles), "Reported reader", text);
    }

    public static Response report(long commentId, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/comments/" + commentId + "/reports");
    }
}
