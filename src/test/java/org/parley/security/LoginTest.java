package org.parley.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.Cookie;

@QuarkusTest
class LoginTest {

    @Inject
    AccountService accounts;

    @Inject
    SessionLifetime sessions;

    @Inject
    org.parley.shared.ServerSecret secret;

    @Test
    void theLoginPageHasTheFormFields() {
        given().get("/login").then().statusCode(200)
                .body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\""))
                .body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void theRightPasswordLogsInWithAStrictHttpOnlySessionCookieAndOpensTheQueue() {
        String name = Staff.newModerator(accounts);
        io.restassured.response.Response login = given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", Staff.PASSWORD).post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/moderation"), login.getHeader("Location"));
        String setCookie = String.join("\n", login.getHeaders().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("parley-session="), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        assertTrue(setCookie.contains("parley-login="), "the login time is recorded: " + setCookie);

        given().cookies(login.getCookies()).redirects().follow(false).get("/moderation").then().statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        String name = Staff.newModerator(accounts);
        io.restassured.response.Response wrong = given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", "not it").post("/j_security_check");
        io.restassured.response.Response unknown = given().redirects().follow(false)
                .formParam("j_username", "nobody-" + name).formParam("j_password", "not it").post("/j_security_check");
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(wrong.getHeader("Location"), unknown.getHeader("Location"));
        assertFalse(wrong.getCookies().containsKey("parley-session"));
        given().get(wrong.getHeader("Location")).then().statusCode(401)
                .body(containsString("Wrong user name or password"));
    }

    @Test
    void aDisabledAccountCannotLogInNorUseItsSession() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD);
        assertTrue(session.loggedIn());
        disable(name);
        // The session cookie is checked against the account on every request; the API refuses a dead one (pages
        // send it back to login).
        session.request().get("/api/moderation/counts").then().statusCode(401);
        given().auth().preemptive().basic(name, Staff.PASSWORD + "x").get("/api/moderation/counts").then()
                .statusCode(401);
        assertFalse(Staff.login(name, Staff.PASSWORD).loggedIn());
    }

    @Test
    void aPasswordResetEndsTheSessionsThatLoggedInBeforeIt() {
        String name = Staff.newModerator(accounts);
        Staff.Session before = Staff.login(name, Staff.PASSWORD);
        before.request().get("/api/moderation/counts").then().statusCode(200);
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(name).orElseThrow().id);
        Staff.admin().body(java.util.Map.of("password", "a-brand-new-password-1"))
                .post("/api/admin/accounts/" + id + "/password").then().statusCode(200);
        before.request().get("/api/moderation/counts").then().statusCode(401);
        Staff.Session after = Staff.login(name, "a-brand-new-password-1");
        after.request().get("/api/moderation/counts").then().statusCode(200);
    }

    @Test
    void changingYourOwnPasswordKeepsYourSessionButEndsTheOthers() {
        String name = Staff.newModerator(accounts);
        Staff.Session other = Staff.login(name, Staff.PASSWORD);
        Staff.Session mine = Staff.login(name, Staff.PASSWORD).withCsrf();
        io.restassured.response.Response changed = mine.request().contentType("application/json")
                .header("X-CSRF-TOKEN", mine.csrfToken())
                .body(java.util.Map.of("current", Staff.PASSWORD, "password", "my-own-new-password-2"))
                .post("/api/account/password");
        assertEquals(204, changed.statusCode(), changed.asString());
        java.util.Map<String, String> cookies = new java.util.HashMap<>(mine.cookies());
        cookies.putAll(changed.getCookies());
        given().cookies(cookies).redirects().follow(false).get("/api/moderation/counts").then().statusCode(200);
        other.request().get("/api/moderation/counts").then().statusCode(401);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        String name = Staff.newModerator(accounts);
        for (String[] header : new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
            io.restassured.response.Response answer = given().redirects().follow(false).header(header[0], header[1])
                    .formParam("j_username", name).formParam("j_password", Staff.PASSWORD).post("/j_security_check");
            assertFalse(answer.getCookies().containsKey("parley-session"), header[0]);
            assertTrue(answer.getHeader("Location").contains("/login?error"), header[0]);
        }
        assertTrue(Staff.login(name, Staff.PASSWORD).loggedIn(), "the same login from Parley's own page works");
    }

    @Test
    void aSessionOlderThanTwelveHoursMustLogInAgain() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD);
        session.request().get("/api/moderation/counts").then().statusCode(200);

        java.util.Map<String, String> cookies = new java.util.HashMap<>(session.cookies());
        Cookie old = sessions.loginCookie(
                LoginTicket.issue(java.time.Instant.now().minus(Duration.ofHours(13)), name, 0, secret), false);
        cookies.put(old.getName(), old.getValue());
        given().cookies(cookies).get("/api/moderation/counts").then().statusCode(401)
                .body("error", containsString("session has ended"));
        given().cookies(cookies).redirects().follow(false).get("/moderation").then().statusCode(302)
                .header("Location", containsString("/login?expired=true"));
        cookies.put("parley-login", "123.forged");
        given().cookies(cookies).get("/api/moderation/counts").then().statusCode(401);
    }

    @Test
    void logoutEndsTheSession() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD).withCsrf();
        io.restassured.response.Response out = session.request()
                .formParam("csrf-token", session.csrfToken()).post("/logout");
        assertEquals(303, out.statusCode());
        String cleared = String.join("\n", out.getHeaders().getValues("Set-Cookie"));
        assertTrue(cleared.contains("parley-session=;") || cleared.contains("parley-session=\"\""), cleared);
    }

    @Test
    void anAdminIsAlsoAModerator() {
        given().auth().preemptive().basic(Staff.ADMIN, Staff.ADMIN_PASSWORD).get("/api/moderation/counts")
                .then().statusCode(200);
        given().auth().preemptive().basic(Staff.ADMIN, Staff.ADMIN_PASSWORD).redirects().follow(false)
                .get("/moderation").then().statusCode(200);
    }

    @Test
    void theSessionKeyIsKeptInTheDataDirSoSessionsSurviveARestart() throws Exception {
        Path file = Path.of("target/test-data/session.key");
        assertTrue(Files.exists(file), "written on first start");
        assertEquals(Files.readString(file).trim(), SessionKeySource.loadOrCreate(file), "read back, not replaced");
    }

    @Transactional
    void disable(String name) {
        Account.findByUsername(name).orElseThrow().enabled = false;
    }

    @Test
    void aStaffPageWithoutASessionSendsTheBrowserToLogin() {
        given().redirects().follow(false).get("/moderation").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().get("/api/moderation/audit").then().statusCode(401).body("error", equalTo(
                "Please log in: send HTTP Basic credentials of a moderator or admin, or use a logged-in session."));
    }
}
