package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;
import org.parley.security.AccountService;
import org.parley.support.Captchas;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ModerationApiResourceTest {

    /** Mild enough for the filter to publish; posted with "review instead of captcha", so it is held. */
    static final String HELD_TEXT = "THIS IS A DISGRACE and the minister should resign today.";

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    String moderator;

    @BeforeEach
    void newModerator() {
        moderator = Staff.newModerator(accounts);
    }

    @Test
    void aHeldCommentIsInThePendingQueueWithItsVerdict() {
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Queue reader", HELD_TEXT);
        asModerator().get("/api/moderation/queue?status=PENDING&article=" + article.slug())
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("$", hasSize(1))
                .body("[0].id", equalTo((int) id))
                .body("[0].status", equalTo("PENDING"))
                .body("[0].article", equalTo(article.slug()))
                .body("[0].articleTitle", equalTo(article.title()))
                .body("[0].text", equalTo(HELD_TEXT))
                .body("[0].decision", notNullValue())
                .body("[0].hits", notNullValue())
                .body("[0].history.pending", equalTo(1));
    }

    @Test
    void approveRemoveAndRestoreMoveTheCommentInAndOutOfThePublicListEachWithAnAuditEntry() {
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Loop reader", HELD_TEXT);
        String comments = "/api/articles/" + article.slug() + "/comments";
        given().get(comments).then().body("$", empty());

        asModerator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get(comments).then().body("id", hasItem((int) id));
        given().get("/api/articles").then().body("find { it.slug == '" + article.slug() + "' }.commentCount",
                equalTo(1));

        asModerator().contentType("application/json").body(Map.of("reason", "abusive", "note", "tone"))
                .post("/api/moderation/comments/" + id + "/remove").then().statusCode(200)
                .body("status", equalTo("REMOVED"));
        given().get(comments).then().body("$", empty());

        asModerator().post("/api/moderation/comments/" + id + "/restore").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get(comments).then().body("id", hasItem((int) id));

        asModerator().get("/api/moderation/audit?commentId=" + id).then().statusCode(200)
                .body("$", hasSize(3))
                .body("action", equalTo(List.of("RESTORE", "REMOVE", "APPROVE")))
                .body("actor", equalTo(List.of(moderator, moderator, moderator)))
                .body("[1].before", equalTo("PUBLISHED"))
                .body("[1].after", equalTo("REMOVED"))
                .body("[1].reason", equalTo("ABUSIVE"))
                .body("[1].details", containsString("tone"));
    }

    @Test
    void theStateMachineRefusesMovesThatMakeNoSense() {
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Machine reader", HELD_TEXT);
        asModerator().post("/api/moderation/comments/" + id + "/restore").then().statusCode(409)
                .body("error", containsString("Only removed or rejected"));
        asModerator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(200);
        asModerator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(409);
        asModerator().post("/api/moderation/comments/" + id + "/remove").then().statusCode(200)
                .body("status", equalTo("REMOVED"));
        asModerator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(409)
                .body("error", containsString("restore it instead"));
        asModerator().post("/api/moderation/comments/999999999/approve").then().statusCode(404);
    }

    @Test
    void undoPutsTheLastActionBackAndOnlyOnce() {
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Undo reader", HELD_TEXT);
        asModerator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(200);
        asModerator().post("/api/moderation/undo").then().statusCode(200)
                .body("reverted", equalTo(List.of((int) id)));
        asModerator().get("/api/moderation/comments/" + id).then().body("status", equalTo("PENDING"));
        asModerator().post("/api/moderation/undo").then().statusCode(409)
                .body("error", containsString("nothing to undo"));
        asModerator().get("/api/moderation/audit?commentId=" + id).then()
                .body("action", equalTo(List.of("UNDO", "APPROVE")));
    }

    @Test
    void aBulkActionSkipsCommentsThatCannotTakeItAndNamesThem() {
        ArticleView article = TestArticles.fresh(articles);
        long a = postHeld(article, "Bulk one", "First held comment about the schools budget.");
        long b = postHeld(article, "Bulk two", "Second held comment about the hospitals budget.");
        asModerator().post("/api/moderation/comments/" + b + "/approve").then().statusCode(200);
        asModerator().contentType("application/json").body(Map.of("action", "approve", "ids", List.of(a, b)))
                .post("/api/moderation/bulk").then().statusCode(200)
                .body("changed.id", equalTo(List.of((int) a)))
                .body("skipped.id", equalTo(List.of((int) b)));
    }

    @Test
    void removeAllByAUserNameTakesEverythingOfTheirsDown() {
        ArticleView article = TestArticles.fresh(articles);
        String troll = "Troll " + System.nanoTime();
        long a = postHeld(article, troll, "One of several comments by the same person here.");
        long b = postHeld(article, troll, "Another one of several comments by the same person.");
        asModerator().post("/api/moderation/comments/" + a + "/approve").then().statusCode(200);
        asModerator().contentType("application/json").body(Map.of("reason", "spam"))
                .post("/api/moderation/users/" + troll + "/remove-all").then().statusCode(200)
                .body("changed.id", equalTo(List.of((int) a, (int) b)));
        asModerator().get("/api/moderation/comments/" + a).then().body("status", equalTo("REMOVED"))
                .body("history.removed", equalTo(2));
    }

    @Test
    void nearIdenticalHeldCommentsAreOneWaveThatCanBeRemovedTogether() {
        ArticleView article = TestArticles.fresh(articles);
        long a = postHeld(article, "Wave one", "I agree with every word of this article!!");
        postHeld(article, "Wave two", "i agree with every word of this article");
        postHeld(article, "Wave three", "I AGREE, with every word of this article 🙂");
        asModerator().get("/api/moderation/queue?status=PENDING&article=" + article.slug())
                .then().body("similar", equalTo(List.of(2, 2, 2)));
        asModerator().contentType("application/json").body(Map.of("reason", "spam"))
                .post("/api/moderation/comments/" + a + "/remove?wave=true").then().statusCode(200);
        asModerator().get("/api/moderation/queue?status=REMOVED&article=" + article.slug())
                .then().header("X-Total-Count", "3");
    }

    @Test
    void theQueueIsSearchableAndPaged() {
        ArticleView article = TestArticles.fresh(articles);
        for (int i = 0; i < 5; i++) {
            postHeld(article, "Pager " + i, "Held comment number " + i + " on the budget_100% plan.");
        }
        asModerator().get("/api/moderation/queue?status=pending&article=" + article.slug() + "&size=2&page=3")
                .then().header("X-Total-Count", "5").header("X-Page-Count", "3").body("$", hasSize(1));
        asModerator().get("/api/moderation/queue?article=" + article.slug() + "&q=NUMBER 3")
                .then().body("userName", equalTo(List.of("Pager 3")));
        asModerator().get("/api/moderation/queue?article=" + article.slug() + "&q=pager 4")
                .then().body("userName", equalTo(List.of("Pager 4")));
        asModerator().get("/api/moderation/queue?article=" + article.slug() + "&q=_100%")
                .then().body("$", hasSize(5));
        asModerator().get("/api/moderation/queue?article=" + article.slug() + "&q=%25x%25")
                .then().body("$", empty());
        asModerator().get("/api/moderation/queue?status=nonsense").then().statusCode(400)
                .body("field", equalTo("status"));
        asModerator().get("/api/moderation/counts?article=" + article.slug()).then()
                .body("PENDING", equalTo(5)).body("PUBLISHED", equalTo(0));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndAModeratorCannotUseAdminEndpoints() {
        given().get("/api/moderation/queue?status=PENDING").then().statusCode(401)
                .body("error", notNullValue());
        given().contentType("application/json").post("/api/moderation/comments/1/approve").then().statusCode(401);
        given().auth().preemptive().basic(moderator, "wrong").get("/api/moderation/queue").then().statusCode(401);
        asModerator().contentType("application/json").body(Map.of("title", "Not allowed", "body", "No."))
                .post("/api/articles").then().statusCode(403);
    }

    @Test
    void anAccountWithoutTheModeratorRoleIsRefusedEveryModerationEndpoint() {
        Staff.exist(accounts);
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Rights reader", HELD_TEXT);
        Staff.withoutRole().get("/api/moderation/queue?status=PENDING").then().statusCode(403);
        Staff.withoutRole().get("/api/moderation/counts").then().statusCode(403);
        Staff.withoutRole().get("/api/moderation/audit").then().statusCode(403);
        Staff.withoutRole().get("/api/moderation/comments/" + id).then().statusCode(403);
        for (String action : List.of("approve", "remove", "restore")) {
            Staff.withoutRole().post("/api/moderation/comments/" + id + "/" + action).then().statusCode(403);
        }
        Staff.withoutRole().body(Map.of("action", "approve", "ids", List.of(id))).post("/api/moderation/bulk")
                .then().statusCode(403);
        Staff.withoutRole().post("/api/moderation/undo").then().statusCode(403);
        asModerator().get("/api/moderation/comments/" + id).then().body("status", equalTo("PENDING"));
    }

    @Test
    void aSessionPostWithoutTheCsrfTokenChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        long id = postHeld(article, "Csrf reader", HELD_TEXT);
        Staff.Session session = Staff.login(moderator, Staff.PASSWORD);
        org.junit.jupiter.api.Assertions.assertTrue(session.loggedIn(), "logged in through the form");
        session.request().contentType("application/json").post("/api/moderation/comments/" + id + "/approve")
                .then().statusCode(403)
                .body("error", containsString("CSRF"));
        session.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/api/moderation/comments/" + id + "/approve").then().statusCode(403);
        asModerator().get("/api/moderation/comments/" + id).then().body("status", equalTo("PENDING"));

        Staff.Session withToken = session.withCsrf();
        withToken.request().contentType("application/json").header("X-CSRF-TOKEN", withToken.csrfToken())
                .post("/api/moderation/comments/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        asModerator().get("/api/moderation/audit?commentId=" + id).then().body("[0].actor", equalTo(moderator));
    }

    private RequestSpecification asModerator() {
        return given().auth().preemptive().basic(moderator, Staff.PASSWORD).contentType("application/json");
    }

    private long postHeld(ArticleView article, String name, String text) {
        Challenge c = captcha.issue();
        Number id = given().contentType("application/json")
                .body(Map.of("userName", name, "text", text, "captchaToken", c.token(), "captchaAnswer", "",
                        "captchaReview", true))
                .post("/api/articles/" + article.slug() + "/comments")
                .then().statusCode(201).body("status", not(equalTo("REJECTED"))).extract().path("id");
        assertEquals("PENDING", asModeratorStatus(id.longValue()));
        return id.longValue();
    }

    private String asModeratorStatus(long id) {
        return asModerator().get("/api/moderation/comments/" + id).then().statusCode(200).extract().path("status");
    }
}
