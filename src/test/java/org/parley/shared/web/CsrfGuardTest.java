package org.parley.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.support.FormSession;
import org.parley.support.Routes;
import org.parley.support.Routes.Route;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every state-changing request proves that this site sent it: a token for pages and for the API under a session
 * cookie, HTTP Basic or nothing for scripts and readers, and never a request from another origin with
 * credentials.
 */
@QuarkusTest
class CsrfGuardTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    DataSource db;

    ArticleView article;

    @BeforeEach
    void staffExists() {
        Staff.exist(accounts);
        article = TestArticles.fresh(articles);
    }

    @Test
    void noStateChangingRouteActsOnAnAdminSessionWithoutAToken() throws Exception {
        Map<String, String> targets = realTargets();
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        Map<String, String> sessionOnly = new java.util.HashMap<>(admin.cookies());
        sessionOnly.remove("csrf-token");
        List<Route> changing = Routes.all().stream().filter(Route::changes).toList();
        assertTrue(changing.size() > 40, "the walk finds the routes: " + changing);

        String before = snapshot();
        List<String> accepted = new ArrayList<>();
        for (Route route : changing) {
            String path = route.path(param -> targets.get(route.template().contains("/accounts/") ? "account:" + param
                    : route.template().contains("/bans/") ? "ban:" + param
                    : route.template().contains("/versions/") ? "version:" + param
                    : route.template().contains("rules/") ? "rule:" + param : param));
            List<RequestSpecification> forgeries = List.of(
                    // what a page on another site sends: the session cookie alone, no body, no type
                    given().cookies(sessionOnly).noContentType().header("Origin", "https://evil.example")
                            .header("Sec-Fetch-Site", "cross-site"),
                    // a sibling subdomain is the same site but not this origin
                    given().cookies(admin.cookies()).noContentType().header("Origin", "https://news.localhost")
                            .header("Sec-Fetch-Site", "same-site"),
                    given().cookies(admin.cookies()).noContentType(),
                    withBodyOfItsType(given().cookies(admin.cookies()), route),
                    given().cookies(admin.cookies()).noContentType().header("X-CSRF-TOKEN", "not-the-token"));
            for (RequestSpecification forgery : forgeries) {
                Response answer = forgery.redirects().follow(false).request(route.method(), path);
                if (answer.statusCode() != 401 && answer.statusCode() != 403) {
                    accepted.add(route.method() + " " + path + " -> " + answer.statusCode());
                }
            }
        }
        String after = snapshot();
        // Tests of other profiles share this in-memory database: the setting goes back to its configured value.
        Staff.admin().body("{\"reportThreshold\": null}").put("/api/admin/settings").then().statusCode(200);
        assertEquals(List.of(), accepted, "every forged request is refused");
        assertEquals(before, after, "and nothing in the database changed");
    }

    @Test
    void aRefusedFormGetsAPageThatSaysWhy() {
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        admin.request().accept("text/html").noContentType().post("/admin/settings/reportThreshold/reset")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("did not carry this site&#39;s security token"));
        admin.request().accept("text/html").header("Origin", "https://evil.example")
                .formParam("csrf-token", admin.csrfToken()).post("/admin/settings/reportThreshold/reset")
                .then().statusCode(403).body(containsString("another site"));
    }

    @Test
    void theSessionsTokenInTheFormOrTheHeaderIsAccepted() {
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        admin.request().formParam("csrf-token", admin.csrfToken()).post("/admin/settings/reportThreshold/reset")
                .then().statusCode(303);
        admin.request().contentType("application/x-www-form-urlencoded")
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port).header("Sec-Fetch-Site", "same-origin").header("X-CSRF-TOKEN", admin.csrfToken())
                .post("/admin/settings/reportThreshold/reset").then().statusCode(303);
    }

    @Test
    void anApiCallUnderTheSessionCookieNeedsTheTokenHeaderAndGetsAnApiError() {
        Staff.Session moderator = Staff.login(Staff.newModerator(accounts), Staff.PASSWORD).withCsrf();
        moderator.request().contentType("application/x-www-form-urlencoded").post("/api/moderation/undo")
                .then().statusCode(403).contentType(containsString("json")).body("error", containsString("X-CSRF-TOKEN"));
        moderator.request().noContentType().post("/api/moderation/undo").then().statusCode(403)
                .body("error", containsString("CSRF"));
        moderator.request().noContentType().header("X-CSRF-TOKEN", moderator.csrfToken()).post("/api/moderation/undo")
                .then().statusCode(not(anyOf(is(403), is(500))));
    }

    @Test
    void scriptsWithHttpBasicAndAnonymousReadersNeedNoToken() {
        Staff.moderator().post("/api/moderation/undo").then().statusCode(not(anyOf(is(403), is(500))));
        TestComments.post(captcha, article, "Token-free reader", "A comment from an API client, no cookies at all.")
                .then().statusCode(201);
        given().noContentType().post("/api/captcha").then().statusCode(201);
    }

    @Test
    void httpBasicFromAnotherSitesPageIsRefused() {
        // A browser that once answered the API's Basic challenge sends the password by itself, to any page's post.
        Staff.moderator().header("Origin", "https://evil.example").post("/api/moderation/undo")
                .then().statusCode(403).body("error", containsString("another site"));
    }

    @Test
    void aReaderFormFromAnotherPortOfTheSameHostIsRefused() {
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "Port hopper", "Posted from a page on another port of this host.")
                .header("Origin", RestAssured.baseURI + ":1").post("/articles/" + article.slug() + "/comments")
                .then().statusCode(403);
        form.post(captcha, "Same origin", "Posted from the article page itself, as readers do.")
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .post("/articles/" + article.slug() + "/comments").then().statusCode(303);
    }

    @Test
    void logoutNeedsTheTokenAndRefusesAnotherSite() {
        Staff.Session session = Staff.login(Staff.newModerator(accounts), Staff.PASSWORD).withCsrf();
        session.request().noContentType().post("/logout").then().statusCode(403);
        session.request().header("Origin", "https://evil.example").formParam("csrf-token", session.csrfToken())
                .post("/logout").then().statusCode(403);
        session.request().get("/moderation").then().statusCode(200);
        session.request().formParam("csrf-token", session.csrfToken()).post("/logout").then().statusCode(303);
    }

    @Test
    void aLoginFromAnotherPortOrASiblingSubdomainIsRefused() {
        String name = Staff.newModerator(accounts);
        for (String origin : new String[] {RestAssured.baseURI + ":1", "http://news.localhost:" + RestAssured.port,
                "https://localhost:" + RestAssured.port}) {
            Response answer = given().redirects().follow(false).header("Origin", origin)
                    .formParam("j_username", name).formParam("j_password", Staff.PASSWORD).post("/j_security_check");
            assertFalse(answer.getCookies().containsKey("parley-session"), origin);
        }
        Response own = given().redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .formParam("j_username", name).formParam("j_password", Staff.PASSWORD).post("/j_security_check");
        assertTrue(own.getCookies().containsKey("parley-session"), "the login from Parley's own origin works");
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSite() {
        String cookie = given().get("/articles/" + article.slug()).getHeader("Set-Cookie");
        assertTrue(cookie.startsWith("csrf-token="), cookie);
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    /** A body of the type the route takes, without a token, as a forged form or script would send. */
    private static RequestSpecification withBodyOfItsType(RequestSpecification request, Route route) {
        if (route.consumes().contains("multipart/form-data")) {
            return request.multiPart("reason", "spam");
        }
        if (route.consumesForm()) {
            return request.contentType("application/x-www-form-urlencoded").formParam("reason", "spam");
        }
        if (route.consumesJson()) {
            return request.contentType("application/json").body("{}");
        }
        return route.consumes().isEmpty() ? request.noContentType()
                : request.contentType(route.consumes().iterator().next()).body("a\tb\n");
    }

    /** Things that exist, so that a forged request that got through would have changed something. */
    private Map<String, String> realTargets() {
        long comment = TestComments.published(captcha, article, "Forgery target", "A comment for the forged requests.");
        String moderator = Staff.newModerator(accounts);
        long account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(moderator).orElseThrow().id);
        long ban = Staff.moderator().body(Map.of("kind", "USER_NAME", "value", "Banned " + moderator, "reason", "spam"))
                .post("/api/moderation/bans").then().statusCode(201).extract().jsonPath().getLong("id");
        long rule = Staff.admin().get("/api/rules").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long version = Staff.admin().get("/api/rules/versions").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        Staff.admin().body(Map.of("reportThreshold", 7)).put("/api/admin/settings").then().statusCode(200);
        Map<String, String> targets = new java.util.HashMap<>();
        targets.put("slug", article.slug());
        targets.put("id", Long.toString(comment));
        targets.put("userName", "Forgery target");
        targets.put("name", "reportThreshold");
        targets.put("account:id", Long.toString(account));
        targets.put("ban:id", Long.toString(ban));
        targets.put("rule:id", Long.toString(rule));
        targets.put("version:id", Long.toString(version));
        targets.put("version:from", Long.toString(version));
        targets.put("version:to", Long.toString(version));
        return targets;
    }

    /** A digest of every row of every table. */
    private String snapshot() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' order by table_name")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = s.executeQuery("select * from \"" + table + "\" order by 1")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rows.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
