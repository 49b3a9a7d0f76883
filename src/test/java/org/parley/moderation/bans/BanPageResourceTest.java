package org.parley.moderation.bans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.captcha.CaptchaService;
import org.parley.moderation.DashboardSession;
import org.parley.security.AccountService;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The bans page as a browser without JavaScript uses it: the list, banning a name and lifting. */
@QuarkusTest
class BanPageResourceTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    BanService bans;

    @Inject
    AuditService audit;

    @BeforeEach
    void staffExists() {
        Staff.exist(accounts);
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndCannotBanOrLift() {
        given().redirects().follow(false).get("/moderation/bans").then().statusCode(302)
                .header("Location", containsString("/login"));
        String name = "Anonymous ban " + unique();
        long id = activeBan("Lift by stranger " + unique());
        FormSession form = FormSession.open(TestArticles.fresh(articles).slug());
        form.post().formParam("name", name).formParam("reason", "x").formParam("days", "7").post("/moderation/bans")
                .then().statusCode(anyOf(is(302), is(401)));
        form.post().post("/moderation/bans/" + id + "/lift").then().statusCode(anyOf(is(302), is(401)));
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
        assertTrue(stillActive(id));
    }

    @Test
    void anAccountWithoutTheModeratorRoleIsForbidden() {
        Staff.withoutRole().accept("text/html").get("/moderation/bans").then().statusCode(403);
        String name = "Readers ban " + unique();
        long id = activeBan("Lift by reader " + unique());
        FormSession form = FormSession.open(TestArticles.fresh(articles).slug());
        Staff.withoutRole().contentType("application/x-www-form-urlencoded").cookie("csrf-token", form.cookie)
                .formParam("csrf-token", form.csrfToken).formParam("name", name).formParam("reason", "x")
                .formParam("days", "7").post("/moderation/bans").then().statusCode(403);
        Staff.withoutRole().contentType("application/x-www-form-urlencoded").cookie("csrf-token", form.cookie)
                .formParam("csrf-token", form.csrfToken).post("/moderation/bans/" + id + "/lift")
                .then().statusCode(403);
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
        assertTrue(stillActive(id));
    }

    @Test
    @TestSecurity(user = "bans-mod", roles = "moderator")
    void aModeratorBansANameHereAndItsNextCommentIsHeld() {
        String name = "Page banned " + unique();
        DashboardSession session = DashboardSession.open("/moderation/bans");
        assertTrue(session.html.contains("href=\"/moderation/bans\" aria-current=\"page\">Bans</a>"));
        session.post().formParam("name", name).formParam("reason", "Abuse in <every> thread")
                .formParam("days", "30").post("/moderation/bans")
                .then().statusCode(303).header("Location", containsString("/moderation/bans?done=ban&n=30"));

        String html = given().accept("text/html").get("/moderation/bans?done=ban&n=30").then().statusCode(200)
                .body(containsString("Banned that user name for 30 days."),
                        containsString("<bdi>" + name + "</bdi>"),
                        containsString("Abuse in &lt;every&gt; thread"),
                        containsString("held for a moderator"))
                .extract().asString();
        assertTrue(html.indexOf(name) < html.indexOf("id=\"ended-title\""), "listed among the active bans");
        TestComments.post(captcha, TestArticles.fresh(articles), name, "Our village school needs a new roof soon.")
                .then().statusCode(201).body("status", equalTo("PENDING"));
    }

    @Test
    @TestSecurity(user = "bans-mod", roles = "moderator")
    void liftingABanLetsTheNameThroughAgainMovesItToEndedAndIsAudited() {
        String name = "Lifted here " + unique();
        ArticleView article = TestArticles.fresh(articles);
        long id = activeBan(name);
        DashboardSession session = DashboardSession.open("/moderation/bans");
        assertTrue(session.html.contains("action=\"/moderation/bans/" + id + "/lift\""));
        session.post().post("/moderation/bans/" + id + "/lift")
                .then().statusCode(303).header("Location", containsString("/moderation/bans?done=lift"));

        String html = given().accept("text/html").get("/moderation/bans?done=lift").then().statusCode(200)
                .body(containsString("Lifted the ban."), not(containsString("action=\"/moderation/bans/" + id
                        + "/lift\"")))
                .extract().asString();
        assertTrue(html.indexOf(name) > html.indexOf("id=\"ended-title\""), "listed among the ended bans");
        assertTrue(html.contains("lifted by bans-mod"));
        TestComments.post(captcha, article, name, "Hospitals in the north deserve the same money.")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
        assertTrue(audit.search("bans-mod", AuditAction.LIFT_BAN, null, 0).stream()
                .anyMatch(e -> e.details().contains(name)));

        session.post().post("/moderation/bans/" + id + "/lift")
                .then().statusCode(409).body(containsString("already been lifted"), containsString("role=\"alert\""));
    }

    @Test
    @TestSecurity(user = "bans-admin", roles = "admin")
    void anAdminBansAndLiftsToo() {
        String name = "Chief page " + unique();
        DashboardSession session = DashboardSession.open("/moderation/bans");
        session.post().formParam("name", name).formParam("reason", "Threats").formParam("days", "forever")
                .post("/moderation/bans").then().statusCode(303);
        BanView ban = bans.list().stream().filter(b -> name.equals(b.value())).findFirst().orElseThrow();
        assertEquals("bans-admin", ban.createdBy());
        assertNull(ban.expiresAt(), "for good");
        given().accept("text/html").get("/moderation/bans").then().statusCode(200)
                .body(containsString("for good"));
        session.post().post("/moderation/bans/" + ban.id() + "/lift").then().statusCode(303);
        assertFalse(stillActive(ban.id()));
    }

    @Test
    @TestSecurity(user = "bans-mod", roles = "moderator")
    void anAddressIsListedAsAnAddressNeverAsItsHash() {
        String client = UUID.randomUUID().toString().replace("-", "");
        BanView ban = bans.ban("bans-mod", new BanService.NewBan("CLIENT", client, null, "Sock puppets", 1));
        try {
            given().accept("text/html").get("/moderation/bans").then().statusCode(200)
                    .body(containsString("an address"), not(containsString(client)));
        } finally {
            bans.lift("bans-mod", ban.id());
        }
    }

    @Test
    @TestSecurity(user = "bans-mod", roles = "moderator")
    void aFormPostWithoutTheCsrfTokenChangesNothing() {
        String name = "Forged page ban " + unique();
        long id = activeBan("Forged lift " + unique());
        DashboardSession session = DashboardSession.open("/moderation/bans");
        session.withoutToken().formParam("name", name).formParam("reason", "x").formParam("days", "7")
                .post("/moderation/bans").then().statusCode(403);
        session.withoutToken().post("/moderation/bans/" + id + "/lift").then().statusCode(403);
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
        assertTrue(stillActive(id));
    }

    @Test
    @TestSecurity(user = "bans-mod", roles = "moderator")
    void aMistakeIsShownWithWhatWasTypedKeptAndBansNobody() {
        String name = "Kept name " + unique();
        DashboardSession session = DashboardSession.open("/moderation/bans");
        session.post().formParam("name", name).formParam("reason", "").formParam("days", "1")
                .post("/moderation/bans").then().statusCode(400)
                .body(containsString("Give a reason for the ban."), containsString("role=\"alert\""),
                        containsString("value=\"" + name + "\""), containsString("<option value=\"1\" selected>"));
        session.post().formParam("name", name).formParam("reason", "Spam").formParam("days", "365")
                .post("/moderation/bans").then().statusCode(400)
                .body(containsString("Choose how long the ban lasts."), containsString("value=\"Spam\""));
        session.post().formParam("name", " ").formParam("reason", "Spam").formParam("days", "7")
                .post("/moderation/bans").then().statusCode(400).body(containsString("Say which user name to ban."));
        session.post().post("/moderation/bans/987654321/lift").then().statusCode(404)
                .body(containsString("There is no ban 987654321."));
        assertFalse(bans.bannedAmong(List.of(name), List.of()).name(name));
    }

    private long activeBan(String name) {
        return bans.ban(Staff.MODERATOR, new BanService.NewBan("USER_NAME", name, null, "Made by a test", 7)).id();
    }

    private boolean stillActive(long id) {
        return bans.list().stream().anyMatch(b -> b.id() == id && b.active());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
