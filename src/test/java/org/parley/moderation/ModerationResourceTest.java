package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.SubmissionOutcome;
import org.parley.support.Comments;
import org.parley.support.FormSession;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The moderators' dashboard as a browser without JavaScript uses it: pages, forms and redirects. */
@QuarkusTest
class ModerationResourceTest {

    /** Held by the filter for "retard" (disability slurs, abusive). */
    static final String HELD = "The budget minister is a retard.";

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    CaptchaService captcha;

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        for (String path : List.of("/moderation", "/moderation/audit", "/moderation/comments/1",
                "/moderation/events")) {
            given().redirects().follow(false).get(path).then()
                    .statusCode(anyOf(is(401), is(302)));
        }
    }

    @Test
    void anonymousActionsAreRefusedEvenWithAValidCsrfToken() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Untouched by strangers");
        FormSession form = FormSession.open(article.slug());
        for (String path : List.of("/moderation/actions", "/moderation/undo", "/moderation/remove-user")) {
            form.post().formParam("action", "approve").formParam("ids", id)
                    .formParam("userName", "Untouched by strangers").post(path)
                    .then().statusCode(anyOf(is(401), is(302)));
        }
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void anAccountWithoutTheModeratorRoleIsForbidden() {
        for (String path : List.of("/moderation", "/moderation/audit", "/moderation/comments/1",
                "/moderation/events")) {
            given().get(path).then().statusCode(403);
        }
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Untouched by readers");
        FormSession form = FormSession.open(article.slug());
        for (String path : List.of("/moderation/actions", "/moderation/undo", "/moderation/remove-user")) {
            form.post().formParam("action", "approve").formParam("ids", id)
                    .formParam("userName", "Untouched by readers").post(path)
                    .then().statusCode(403);
        }
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aHeldCommentShowsInPendingWithItsHitMarkedAndItsTextEscaped() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Reader " + unique();
        SubmissionOutcome.Accepted held = Comments.post(comments, captcha, article, name,
                "<script>alert(1)</script> " + HELD);
        assertEquals(CommentStatus.PENDING, held.status());

        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("id=\"c" + held.commentId() + "\""),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; The budget minister is a "
                                + "<mark class=\"hit hit-abusive\" title=\"disability-slurs (abusive)\">retard</mark>."),
                        not(containsString("<script>alert(1)")),
                        containsString(article.title()),
                        containsString("href=\"" + article.path() + "\""),
                        containsString("disability-slurs"),
                        containsString("Slurs against disabled people"),
                        containsString("Name history: 0 published &middot; 1 pending"),
                        containsString("<option value=\"ABUSIVE\" selected>"));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void anUnknownTabIsABadRequestThatSaysSo() {
        given().accept("text/html").get("/moderation?tab=everything").then().statusCode(400)
                .body(containsString("status must be one of"));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void approvingRedirectsBackToTheSameTabAndFiltersWithANoticeAndPublishesTheComment() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Approver");
        String back = "article=" + article.slug() + "&sort=newest";
        DashboardSession session = DashboardSession.open("/moderation?" + back);
        session.post().formParam("action", "approve").formParam("ids", id).formParam("back", back)
                .post("/moderation/actions")
                .then().statusCode(303)
                .header("Location", containsString("/moderation?" + back + "&done=approve&n=1"));
        assertEquals(CommentStatus.PUBLISHED, queue.find(id).status());
        assertEquals(1, comments.published(article.id()).size(), "the reader's page shows it");

        given().accept("text/html").get("/moderation?" + back + "&done=approve&n=1").then().statusCode(200)
                .body(containsString("Approved 1 comment."), containsString("action=\"/moderation/undo\""),
                        not(containsString("id=\"c" + id + "\"")));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aFormPostWithoutTheCsrfTokenChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Forged");
        DashboardSession session = DashboardSession.open("/moderation");
        session.withoutToken().formParam("action", "remove").formParam("ids", id).post("/moderation/actions")
                .then().statusCode(400);
        session.withoutToken().formParam("userName", "Forged").post("/moderation/remove-user")
                .then().statusCode(400);
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
    }

    @Test
    @TestSecurity(user = "undoer", roles = "moderator")
    void aRemovalKeepsItsReasonAndNoteAndCanBeUndoneOnce() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Removed reader");
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("action", "remove").formParam("ids", id).formParam("reason", "ABUSIVE")
                .formParam("note", "called the minister names").post("/moderation/actions")
                .then().statusCode(303).header("Location", containsString("done=remove&n=1"));
        assertEquals(CommentStatus.REMOVED, queue.find(id).status());

        given().accept("text/html").get("/moderation/comments/" + id).then().statusCode(200)
                .body(containsString("undoer"), containsString("ABUSIVE"),
                        containsString("note: called the minister names"), containsString("PENDING &rarr; REMOVED"));

        session.post().formParam("back", "tab=removed").post("/moderation/undo")
                .then().statusCode(303).header("Location", containsString("/moderation?tab=removed&done=undo&n=1"));
        assertEquals(CommentStatus.PENDING, queue.find(id).status());

        session.post().formParam("back", "tab=removed").post("/moderation/undo")
                .then().statusCode(409).body(containsString("There is nothing to undo"),
                        containsString("mod-tab is-current\" href=\"/moderation?tab=removed\""));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void nearIdenticalCommentsShowAsOneCardAndOneActionTakesThemAll() {
        ArticleView article = TestArticles.fresh(articles);
        String word = "wave" + unique().replaceAll("[0-9]", "x");
        long first = held(article, "Spammer one", "The budget minister " + word + " is a retard.");
        long second = held(article, "Spammer two", "the budget minister " + word + " is a RETARD!!");
        long third = held(article, "Spammer three", "The  budget, minister " + word + " is a retard");
        String html = given().accept("text/html").get("/moderation?article=" + article.slug()).then()
                .statusCode(200).body(containsString("3 similar comments"), containsString("Approve all 3"))
                .extract().asString();
        assertTrue(html.contains("id=\"c" + first + "\""));
        assertFalse(html.contains("id=\"c" + second + "\""), "one card stands for the wave");
        assertFalse(html.contains("id=\"c" + third + "\""));

        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("action", "approve").formParam("waves", first).post("/moderation/actions")
                .then().statusCode(303).header("Location", containsString("done=approve&n=3"));
        for (long id : List.of(first, second, third)) {
            assertEquals(CommentStatus.PUBLISHED, queue.find(id).status());
        }
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void selectedCommentsAreActedOnTogether() {
        ArticleView article = TestArticles.fresh(articles);
        long a = held(article, "First of two");
        long b = held(article, "Second of two", "Another minister " + unique() + " is a retard.");
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("action", "remove").formParam("ids", a).formParam("ids", b)
                .formParam("reason", "OTHER").post("/moderation/actions")
                .then().statusCode(303).header("Location", containsString("done=remove&n=2"));
        assertEquals(CommentStatus.REMOVED, queue.find(a).status());
        assertEquals(CommentStatus.REMOVED, queue.find(b).status());
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void everythingByAUserNameIsRemovedAtOnce() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Troll " + unique();
        long published = Comments.post(comments, captcha, article, name, "The school budget is fine.").commentId();
        long pending = held(article, name);
        assertEquals(CommentStatus.PUBLISHED, queue.find(published).status());
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("userName", name).formParam("reason", "ABUSIVE").post("/moderation/remove-user")
                .then().statusCode(303).header("Location", containsString("done=remove-user&n=2"));
        assertEquals(CommentStatus.REMOVED, queue.find(published).status());
        assertEquals(CommentStatus.REMOVED, queue.find(pending).status());

        session.post().formParam("userName", name).post("/moderation/remove-user")
                .then().statusCode(409).body(containsString("nothing left to remove"));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aMistakeIsShownOnTheQueueAndNothingChanges() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Restore too early");
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("action", "restore").formParam("ids", id).formParam("back", "sort=score")
                .post("/moderation/actions")
                .then().statusCode(409).body(containsString("Only removed or rejected comments can be restored"),
                        containsString("role=\"alert\""), containsString("<option value=\"score\" selected>"));
        session.post().formParam("action", "approve").post("/moderation/actions")
                .then().statusCode(400).body(containsString("Choose at least one comment."));
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aScriptGetsJsonWithTheChangedIdsAndTheNewCounts() {
        ArticleView article = TestArticles.fresh(articles);
        long id = held(article, "Fetched");
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().accept("application/json").formParam("action", "approve").formParam("ids", id)
                .formParam("back", "article=" + article.slug())
                .post("/moderation/actions")
                .then().statusCode(200)
                .body("message", equalTo("Approved 1 comment."))
                .body("undoable", equalTo(true))
                .body("changed[0]", equalTo((int) id))
                .body("counts.pending", equalTo(0))
                .body("counts.published", equalTo(1));
        session.post().accept("application/json").formParam("action", "approve").formParam("ids", id)
                .post("/moderation/actions")
                .then().statusCode(409).body("error", containsString("no open reports"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "admin")
    void theAuditLogListsActionsNewestFirstAndFiltersByWhoAndWhat() {
        ArticleView article = TestArticles.fresh(articles);
        long approved = held(article, "Audited one");
        long removed = held(article, "Audited two", "A minister " + unique() + " is a retard.");
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("action", "approve").formParam("ids", approved).post("/moderation/actions");
        session.post().formParam("action", "remove").formParam("ids", removed).post("/moderation/actions");

        String all = given().accept("text/html").get("/moderation/audit?actor=auditor").then().statusCode(200)
                .extract().asString();
        assertTrue(all.indexOf("#" + removed) < all.indexOf("#" + approved), "newest first");
        given().accept("text/html").get("/moderation/audit?actor=auditor&action=APPROVE").then().statusCode(200)
                .body(containsString("#" + approved), not(containsString("#" + removed + "<")));
        given().accept("text/html").get("/moderation/audit?action=NONSENSE").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void liveCountsArriveAsServerSentEvents() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<java.io.InputStream> response = client.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                        + "/moderation/events"))
                .header("Accept", "text/event-stream").build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("data:"));
            assertTrue(line != null && line.contains("\"pending\":") && line.contains("\"removed\":"), line);
        }
    }

    private long held(ArticleView article, String userName) {
        return held(article, userName, "The budget minister " + unique().replaceAll("[0-9]", "y") + " is a retard.");
    }

    private long held(ArticleView article, String userName, String text) {
        SubmissionOutcome.Accepted accepted = Comments.post(comments, captcha, article, userName, text);
        assertEquals(CommentStatus.PENDING, accepted.status(), text);
        return accepted.commentId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
