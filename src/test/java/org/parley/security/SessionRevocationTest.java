package org.parley.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.ServerSecret;
import org.parley.support.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A session cookie is encrypted, not stored: the server must still be able to end one. Each test keeps the cookies
 * a browser (or a thief) had and replays them after the session was meant to end.
 */
@QuarkusTest
class SessionRevocationTest {

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ServerSecret secret;

    @AfterEach
    void forgetFailedLogins() {
        Throttles.forget(throttle);
    }

    @Test
    void cookiesKeptFromBeforeALogoutNoLongerOpenTheQueueNorTheApi() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD).withCsrf();
        session.request().get("/moderation").then().statusCode(200);

        logOut(session);

        session.request().get("/moderation").then().statusCode(302).header("Location", containsString("/login"));
        session.request().get("/api/moderation/counts").then().statusCode(401);
    }

    @Test
    void loggingOutOnOneDeviceKeepsTheSameModeratorsOtherDevicesLoggedIn() {
        String name = Staff.newModerator(accounts);
        Staff.Session laptop = Staff.login(name, Staff.PASSWORD).withCsrf();
        Staff.Session phone = Staff.login(name, Staff.PASSWORD);

        logOut(laptop);

        phone.request().get("/api/moderation/counts").then().statusCode(200);
        laptop.request().get("/api/moderation/counts").then().statusCode(401);
    }

    @Test
    void enablingADisabledAccountAgainDoesNotReviveItsOldSessions() {
        String name = Staff.newModerator(accounts);
        long id = idOf(name);
        Staff.Session before = Staff.login(name, Staff.PASSWORD);

        Staff.admin().body(Map.of("enabled", false)).put("/api/admin/accounts/" + id).then().statusCode(200);
        Staff.admin().body(Map.of("enabled", true)).put("/api/admin/accounts/" + id).then().statusCode(200);

        before.request().get("/api/moderation/counts").then().statusCode(401);
        Staff.login(name, Staff.PASSWORD).request().get("/api/moderation/counts").then().statusCode(200);
    }

    @Test
    void aPasswordResetEndsASessionThatLoggedInTheSameSecond() {
        String name = Staff.newModerator(accounts);
        Staff.Session before = Staff.login(name, Staff.PASSWORD);
        before.request().get("/api/moderation/counts").then().statusCode(200);

        Staff.admin().body(Map.of("password", "a reset password, just now"))
                .post("/api/admin/accounts/" + idOf(name) + "/password").then().statusCode(200);

        before.request().get("/api/moderation/counts").then().statusCode(401);
    }

    @Test
    void anotherAccountsLoginCookieDoesNotUnlockALoggedOutSession() {
        String victim = Staff.newModerator(accounts);
        Staff.Session stolen = Staff.login(victim, Staff.PASSWORD).withCsrf();
        Map<String, String> kept = new HashMap<>(stolen.cookies());
        logOut(stolen);
        // An insider pairs the victim's old session cookie with the login cookie of a session of their own.
        Staff.Session insiders = Staff.login(Staff.newModerator(accounts), Staff.PASSWORD);
        kept.put(SessionLifetime.LOGIN_COOKIE, insiders.cookies().get(SessionLifetime.LOGIN_COOKIE));

        RestAssured.given().cookies(kept).redirects().follow(false).get("/api/moderation/counts").then()
                .statusCode(401);
    }

    @Test
    void aRefusedSessionIsClearedSoTheLoginPageOpensWithoutALoop() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD).withCsrf();
        logOut(session);

        Response refused = session.request().get("/moderation");
        String cleared = String.join("\n", refused.getHeaders().getValues("Set-Cookie"));
        assertEquals(302, refused.statusCode());
        assertTrue(cleared.contains(SessionLifetime.SESSION_COOKIE + "=;")
                || cleared.contains(SessionLifetime.SESSION_COOKIE + "=\"\""), cleared);
    }

    /**
     * What is simulated: a second node is a second {@link SessionRevocation} with the same server secret and the
     * same database, its clock 30 seconds ahead, sharing nothing else with the one that served the logout. It runs in
     * the same JVM and connection pool, and Quarkus' decryption of the session cookie (same key on every node) is
     * not part of it; what it shows is that the decision needs nothing a node keeps to itself.
     */
    @Test
    void anotherNodeWithTheSameDatabaseAndKeyRefusesASessionThatLoggedOutHere() {
        SessionRevocation otherNode = new SessionRevocation(secret, Clock.offset(Clock.systemUTC(),
                Duration.ofSeconds(30)));
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD).withCsrf();
        String ticket = session.cookies().get(SessionLifetime.LOGIN_COOKIE);
        assertEquals(name, otherNode.identityFor(name, ticket).getPrincipal().getName(), "accepted there at first");

        logOut(session);

        assertThrows(AuthenticationFailedException.class, () -> otherNode.identityFor(name, ticket));
    }

    @Test
    void anotherNodeRefusesTheSessionsOfAnAccountDisabledOrGivenANewPasswordHere() {
        SessionRevocation otherNode = new SessionRevocation(secret, Clock.systemUTC());
        String name = Staff.newModerator(accounts);
        long id = idOf(name);
        String beforeDisabling = Staff.login(name, Staff.PASSWORD).cookies().get(SessionLifetime.LOGIN_COOKIE);
        Staff.admin().body(Map.of("enabled", false)).put("/api/admin/accounts/" + id).then().statusCode(200);
        Staff.admin().body(Map.of("enabled", true)).put("/api/admin/accounts/" + id).then().statusCode(200);
        String beforeTheReset = Staff.login(name, Staff.PASSWORD).cookies().get(SessionLifetime.LOGIN_COOKIE);
        Staff.admin().body(Map.of("password", "reset on the first node")).post("/api/admin/accounts/" + id
                + "/password").then().statusCode(200);

        assertThrows(AuthenticationFailedException.class, () -> otherNode.identityFor(name, beforeDisabling));
        assertThrows(AuthenticationFailedException.class, () -> otherNode.identityFor(name, beforeTheReset));
        String afterwards = Staff.login(name, "reset on the first node").cookies().get(SessionLifetime.LOGIN_COOKIE);
        assertEquals(name, otherNode.identityFor(name, afterwards).getPrincipal().getName());
    }

    @Test
    void aLogoutIsRememberedUntilTheSessionIsPastItsAbsoluteLifetimeAndThenForgotten() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD).withCsrf();
        String sessionId = LoginTicket.parse(session.cookies().get(SessionLifetime.LOGIN_COOKIE)).orElseThrow()
                .sessionId();
        logOut(session);

        new SessionRevocation(secret, Clock.offset(Clock.systemUTC(), Duration.ofHours(12))).forgetExpired();
        assertTrue(revoked(sessionId), "twelve hours on, the session could still be within its lifetime");
        new SessionRevocation(secret, Clock.offset(Clock.systemUTC(), Duration.ofHours(12).plusMinutes(2)))
                .forgetExpired();
        assertFalse(revoked(sessionId), "its ticket is refused for its age now: the row is no longer needed");
    }

    private static boolean revoked(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> RevokedSession.findById(sessionId) != null);
    }

    private static void logOut(Staff.Session session) {
        Response out = session.request().formParam("csrf-token", session.csrfToken()).post("/logout");
        assertEquals(303, out.statusCode());
    }

    private static long idOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name).orElseThrow().id);
    }
}
