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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.NewComment;
import org.parley.comments.SubmissionOutcome;
import org.parley.moderation.bans.BanService;
import org.parley.moderation.bans.BanView;
import org.parley.support.Captchas;
import org.parley.support.Comments;
import org.parley.support.FormSession;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The moderators' dashboard as a browser without JavaScript uses it: pages, forms and redirects. */
@QuarkusTest
public class ModerationResourceTest {

    /** Held by the filter for "retard" (disability slurs, abusive). */
    public static final String HELD = "The budget minister is a retard.";

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    CaptchaService captcha;

    @Inject
    BanService bans;

    @Inject
    AuditService audit;

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
        for (String path : List.of("/moderation/actions", "/moderation/undo", "/moderation/remove-user",
                "/moderation/ban")) {
            form.post().formParam("action", "approve").formParam("ids", id).formParam("commentId", id)
                    .formParam("kind", "name").formParam("reason", "strangers").formParam("days", "7")
                    .formParam("userName", "Untouched by strangers").post(path)
                    .then().statusCode(anyOf(is(401), is(302)));
        }
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
        assertFalse(bans.bannedAmong(List.of("Untouched by strangers"), List.of()).name("Untouched by strangers"));
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
        for (String path : List.of("/moderation/actions", "/moderation/undo", "/moderation/remove-user",
                "/moderation/ban")) {
            form.post().formParam("action", "approve").formParam("ids", id).formParam("commentId", id)
                    .formParam("kind", "name").formParam("reason", "readers").formParam("days", "7")
                    .formParam("userName", "Untouched by readers").post(path)
                    .then().statusCode(403);
        }
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
        assertFalse(bans.bannedAmong(List.of("Untouched by readers"), List.of()).name("Untouched by readers"));
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
                        containsString("Name history: 0 published · 1 pending"),
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
                .then().statusCode(403);
        session.withoutToken().formParam("userName", "Forged").post("/moderation/remove-user")
                .then().statusCode(403);
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

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aNameBannedFromItsCardHasItsNextCommentHeldAndItsCardsShowTheChip() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Card troll " + unique();
        long id = held(article, name);
        String back = "article=" + article.slug();
        DashboardSession session = DashboardSession.open("/moderation?" + back);
        assertTrue(session.html.contains("Ban this name"));
        assertFalse(cardOf(session.html, id).contains("mod-chip-banned"), "not banned yet");

        session.post().formParam("commentId", id).formParam("kind", "name").formParam("reason", "Slurs again")
                .formParam("days", "7").formParam("back", back).post("/moderation/ban")
                .then().statusCode(303)
                .header("Location", containsString("/moderation?" + back + "&done=ban-name&n=7"));

        SubmissionOutcome.Accepted next = Comments.post(comments, captcha, article, name,
                "Funding for rural schools should come first in this budget.");
        assertEquals(CommentStatus.PENDING, next.status(), "the default ban action holds");
        String html = given().accept("text/html").get("/moderation?" + back + "&done=ban-name&n=7").then()
                .statusCode(200).body(containsString("Banned that user name for 7 days.")).extract().asString();
        assertTrue(cardOf(html, id).contains("class=\"mod-chip mod-chip-banned\" title=\"This user name is banned\""));
        assertTrue(cardOf(html, next.commentId()).contains("mod-chip-banned"), "every card by that name");
        BanView ban = bans.list().stream().filter(b -> name.equals(b.value())).findFirst().orElseThrow();
        assertEquals("mod", ban.createdBy());
        assertEquals("Slurs again", ban.reason());
        assertTrue(audit.search("mod", AuditAction.BAN, null, 0).stream()
                .anyMatch(e -> e.commentId() != null && e.commentId() == id && e.details().contains(name)));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void anAddressBannedFromACardHoldsThatCommenterUnderAnyNameAndTheHashIsNeverShown() {
        ArticleView article = TestArticles.fresh(articles);
        String client = clientKey();
        long id = heldFrom(article, "Sock one " + unique(), client);
        String back = "article=" + article.slug();
        DashboardSession session = DashboardSession.open("/moderation?" + back);
        assertTrue(cardOf(session.html, id).contains("Ban this commenter&#39;s address")
                || cardOf(session.html, id).contains("Ban this commenter's address"));
        assertFalse(session.html.contains(client), "the address's hash is not on the page");

        session.post().formParam("commentId", id).formParam("kind", "address").formParam("reason", "Sock puppets")
                .formParam("days", "forever").formParam("back", back).post("/moderation/ban")
                .then().statusCode(303).header("Location", containsString("done=ban-address&n=0"));

        long next = heldFrom(article, "Sock two " + unique(), client, "Teachers deserve the pay rise in this budget.");
        assertEquals(CommentStatus.PENDING, queue.find(next).status());
        String html = given().accept("text/html").get("/moderation?" + back + "&done=ban-address&n=0").then()
                .statusCode(200).body(containsString("Banned that commenter&#39;s address for good.")).extract()
                .asString();
        assertTrue(cardOf(html, next).contains("mod-chip-banned"));
        assertFalse(html.contains(client));
        assertNull(bans.list().stream().filter(b -> client.equals(b.value())).findFirst().orElseThrow()
                .expiresAt(), "for good");
    }

    @Test
    @TestSecurity(user = "chief", roles = "admin")
    void anAdminBansFromACardToo() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Banned by the chief " + unique();
        long id = held(article, name);
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().formParam("commentId", id).formParam("kind", "name").formParam("reason", "Threats")
                .formParam("days", "1").post("/moderation/ban")
                .then().statusCode(303).header("Location", containsString("/moderation?done=ban-name&n=1"));
        assertTrue(bans.bannedAmong(List.of(name), List.of()).name(name));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aBanWithoutAReasonOrWithAnOddLengthIsShownOnTheQueueWithWhatWasTypedKept() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Not banned " + unique();
        long id = held(article, name);
        String back = "article=" + article.slug();
        DashboardSession session = DashboardSession.open("/moderation?" + back);
        String html = session.post().formParam("commentId", id).formParam("kind", "name").formParam("reason", " ")
                .formParam("days", "30").formParam("back", back).post("/moderation/ban")
                .then().statusCode(400).body(containsString("role=\"alert\""),
                        containsString("Give a reason for the ban.")).extract().asString();
        assertTrue(cardOf(html, id).contains("<details class=\"mod-more\" open>"), "the form stays open");
        assertTrue(cardOf(html, id).contains("<option value=\"30\" selected>"));

        html = session.post().formParam("commentId", id).formParam("kind", "name")
                .formParam("reason", "Kept <b>reason</b>").formParam("days", "700").formParam("back", back)
                .post("/moderation/ban")
                .then().statusCode(400).body(containsString("Choose how long the ban lasts.")).extract().asString();
        assertTrue(cardOf(html, id).contains("value=\"Kept &lt;b&gt;reason&lt;/b&gt;\""));
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aBanPostWithoutTheCsrfTokenBansNobody() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Forged ban " + unique();
        long id = held(article, name);
        DashboardSession session = DashboardSession.open("/moderation");
        session.withoutToken().formParam("commentId", id).formParam("kind", "name").formParam("reason", "Forged")
                .formParam("days", "7").post("/moderation/ban").then().statusCode(403);
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
        assertEquals(CommentStatus.PENDING, queue.find(id).status());
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aScriptBanningFromACardGetsJson() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Scripted ban " + unique();
        long id = held(article, name);
        DashboardSession session = DashboardSession.open("/moderation");
        session.post().accept("application/json").formParam("commentId", id).formParam("kind", "name")
                .formParam("reason", "Spam").formParam("days", "30").post("/moderation/ban")
                .then().statusCode(200)
                .body("kind", equalTo("success"))
                .body("message", equalTo("Banned that user name for 30 days. Bans are listed, and lifted, under Bans."))
                .body("banned", equalTo("name"))
                .body("commentId", equalTo((int) id));
        session.post().accept("application/json").formParam("commentId", id).formParam("kind", "name")
                .formParam("days", "30").post("/moderation/ban")
                .then().statusCode(400).body("field", equalTo("reason"));
    }

    /** The markup of one card, from its opening tag to the next card's (or the end of the list). */
    private static String cardOf(String html, long id) {
        int start = html.indexOf("id=\"c" + id + "\"");
        assertTrue(start >= 0, "card " + id + " is on the page");
        int end = html.indexOf("<article class=\"mod-card", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** A key of the form the server gives clients, unique to one test, so a ban on it touches no other test. */
    private static String clientKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private long heldFrom(ArticleView article, String userName, String client) {
        return heldFrom(article, userName, client, "The budget minister " + unique().replaceAll("[0-9]", "z")
                + " is a retard.");
    }

    private long heldFrom(ArticleView article, String userName, String client, String text) {
        String token = captcha.issue().token();
        SubmissionOutcome outcome = comments.submit(article, new NewComment(userName, text, token,
                Captchas.answer(captcha, token), false), client);
        assertTrue(outcome instanceof SubmissionOutcome.Accepted, String.valueOf(outcome));
        SubmissionOutcome.Accepted accepted = (SubmissionOutcome.Accepted) outcome;
        assertEquals(CommentStatus.PENDING, accepted.status(), text);
        return accepted.commentId();
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
