package org.parley.security.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditService;
import org.parley.security.AccountService;
import org.parley.security.LoginThrottle;
import org.parley.security.Roles;
import org.parley.security.Throttles;
import org.parley.support.Accounts;
import org.parley.support.ManualClock;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Moderators and admins change their own password, through the API and the page. */
@QuarkusTest
class OwnPasswordTest {

    static final String API = "/api/account/password";
    static final String PAGE = "/account/password";

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void staff() {
        Staff.exist(accounts);
    }

    /** These tests fail logins on purpose (old passwords, disabled accounts); later tests should not wait for it. */
    @AfterEach
    void forgetFailedLogins() {
        Throttles.forget(throttle);
    }

    @Test
    void aModeratorChangesTheirPasswordAndOnlyTheNewOneWorksFromThen() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        String fresh = "my very own password " + made.id();
        Accounts.basic(made.name(), Accounts.PASSWORD).body(Map.of("current", Accounts.PASSWORD, "password", fresh))
                .post(API).then().statusCode(204);
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        assertEquals(200, Accounts.moderationStatus(made.name(), fresh));
        assertTrue(Accounts.auditDetails(audit, made.name()).contains("changed their own password"));
        assertTrue(Accounts.auditDetails(audit, made.name()).stream().noneMatch(d -> d.contains(fresh)));
    }

    @Test
    void anAdminChangesTheirOwnPasswordToo() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.ADMIN);
        String fresh = "an admin's own password " + made.id();
        Accounts.basic(made.name(), Accounts.PASSWORD).body(Map.of("current", Accounts.PASSWORD, "password", fresh))
                .post(API).then().statusCode(204);
        Accounts.basic(made.name(), fresh).get("/api/admin/accounts").then().statusCode(200);
        Staff.admin().body(Map.of("enabled", false)).put("/api/admin/accounts/" + made.id()).then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.basic(made.name(), Accounts.PASSWORD)
                .body(Map.of("current", "not my password", "password", "a perfectly fine one")).post(API).then()
                .statusCode(400).body("field", equalTo("current"))
                .body("error", equalTo("That is not your current password."));
        Accounts.basic(made.name(), Accounts.PASSWORD).body(Map.of("password", "a perfectly fine one")).post(API)
                .then().statusCode(400).body("field", equalTo("current"));
        Accounts.basic(made.name(), Accounts.PASSWORD).body(Map.of("current", Accounts.PASSWORD, "password", "short"))
                .post(API).then().statusCode(400).body("field", equalTo("password"));
        Accounts.basic(made.name(), Accounts.PASSWORD)
                .body(Map.of("current", Accounts.PASSWORD, "password", made.name())).post(API).then().statusCode(400)
                .body("error", equalTo("The password must not be the user name."));
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
    }

    @Test
    void wrongCurrentPasswordsCountWithTheLoginThrottle() {
        Throttles.useClock(throttle, ManualClock.now());
        try {
            Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
            // Someone holding a stolen session guesses; the session does not log in again, so nothing clears the count.
            Staff.Session stolen = Staff.login(made.name(), Accounts.PASSWORD).withCsrf();
            for (int i = 0; i < Throttles.FREE_FAILURES; i++) {
                guess(stolen, "guess number " + i).then().statusCode(400).body("field", equalTo("current"));
            }
            guess(stolen, Accounts.PASSWORD).then().statusCode(429).body("field", equalTo("current"))
                    .body("error", containsString("try again in 1 second"));
            Accounts.basic(made.name(), Accounts.PASSWORD).get("/api/moderation/counts").then().statusCode(429);
        } finally {
            Throttles.useClock(throttle, java.time.Clock.systemUTC());
        }
    }

    private static Response guess(Staff.Session session, String current) {
        return session.request().contentType("application/json").header("X-CSRF-TOKEN", session.csrfToken())
                .body(Map.of("current", current, "password", "a perfectly fine one")).post(API);
    }

    @Test
    void strangersMustLogInAndAccountsWithoutARoleAreForbidden() {
        Staff.anonymous().body(Map.of("current", "x", "password", "a perfectly fine one")).post(API).then()
                .statusCode(401);
        Staff.withoutRole().body(Map.of("current", Staff.PASSWORD, "password", "a perfectly fine one")).post(API)
                .then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(302)
                .header("Location", containsString("/login"));
        Staff.withoutRole().accept("text/html").get(PAGE).then().statusCode(403);
        assertEquals(403, Staff.withoutRole().get("/api/moderation/counts").statusCode(),
                "still the same password: it was not changed");
    }

    @Test
    void thePageChangesThePasswordAndSaysSo() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.Page page = Accounts.Page.open(Staff.login(made.name(), Accounts.PASSWORD), PAGE);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("Change your password"));
        assertTrue(page.html().contains("href=\"/account/password\" aria-current=\"page\""));

        String fresh = "changed on the page " + made.id();
        page.post().formParam("current", Accounts.PASSWORD).formParam("password", fresh)
                .formParam("repeat", fresh + "typo").post(PAGE).then().statusCode(400)
                .body(containsString("The new password and its repetition differ.")).body(not(containsString(fresh)));
        page.post().formParam("current", "not it at all").formParam("password", fresh).formParam("repeat", fresh)
                .post(PAGE).then().statusCode(400).body(containsString("That is not your current password."));
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));

        Response changed = page.post().formParam("current", Accounts.PASSWORD).formParam("password", fresh)
                .formParam("repeat", fresh).post(PAGE);
        assertEquals(303, changed.statusCode());
        // The answer renews this session's login time (the change ends sessions older than it), as a browser keeps.
        java.util.Map<String, String> cookies = new java.util.HashMap<>(page.session().cookies());
        cookies.putAll(changed.getCookies());
        io.restassured.RestAssured.given().cookies(cookies).redirects().follow(false)
                .get(changed.getHeader("Location")).then().statusCode(200)
                .body(containsString("Your password is changed."));
        assertEquals(200, Accounts.moderationStatus(made.name(), fresh));
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
    }

    @Test
    void thePageRefusesAPostWithoutTheCsrfToken() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.Page page = Accounts.Page.open(Staff.login(made.name(), Accounts.PASSWORD), PAGE);
        String fresh = "forged from elsewhere " + made.id();
        page.withoutToken().formParam("current", Accounts.PASSWORD).formParam("password", fresh)
                .formParam("repeat", fresh).post(PAGE).then().statusCode(403);
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
    }
}
