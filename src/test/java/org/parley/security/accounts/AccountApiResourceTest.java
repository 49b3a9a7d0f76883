package org.parley.security.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AccountApiResourceTest {

    static final String API = "/api/admin/accounts";

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
    void anAdminListsEveryAccountWithoutItsPasswordHash() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        String body = Staff.admin().get(API).then().statusCode(200)
                .body("username", hasItem(made.name()))
                .body("find { it.username == '" + made.name() + "' }.roles", equalTo(List.of("moderator")))
                .body("find { it.username == '" + made.name() + "' }.enabled", equalTo(true))
                .extract().asString();
        Map<String, Object> first = Staff.admin().get(API).then().extract().path("[0]");
        assertEquals(Set.of("id", "username", "roles", "enabled", "createdAt"), first.keySet());
        assertFalse(body.contains("$2a$") || body.contains("$2b$") || body.contains("password"), body);
    }

    @Test
    void moderatorsAndAccountsWithoutARoleAreForbiddenAndStrangersMustLogIn() {
        Accounts.Made target = Accounts.fresh(accounts, Roles.MODERATOR);
        String name = Accounts.freshName();
        for (RequestSpecification[] who : new RequestSpecification[][] {
                {Staff.moderator(), Staff.moderator(), Staff.moderator(), Staff.moderator(), Staff.moderator()},
                {Staff.withoutRole(), Staff.withoutRole(), Staff.withoutRole(), Staff.withoutRole(),
                        Staff.withoutRole()}}) {
            who[0].get(API).then().statusCode(403);
            who[1].body(Map.of("username", name, "password", Accounts.PASSWORD, "role", "admin")).post(API).then()
                    .statusCode(403);
            who[2].body(Map.of("role", "admin")).put(API + "/" + target.id()).then().statusCode(403);
            who[3].body(Map.of("password", "taken over by a moderator")).post(API + "/" + target.id() + "/password")
                    .then().statusCode(403);
            who[4].delete(API + "/" + target.id()).then().statusCode(403);
        }
        Staff.anonymous().get(API).then().statusCode(401).body("error", containsString("log in"));
        Staff.anonymous().body(Map.of("username", name, "password", Accounts.PASSWORD, "role", "admin")).post(API)
                .then().statusCode(401);
        Staff.anonymous().body(Map.of("enabled", false)).put(API + "/" + target.id()).then().statusCode(401);
        Staff.anonymous().body(Map.of("password", "taken over by a stranger"))
                .post(API + "/" + target.id() + "/password").then().statusCode(401);
        Staff.anonymous().delete(API + "/" + target.id()).then().statusCode(401);

        Staff.admin().get(API).then().body("username", not(hasItem(name)));
        assertEquals(Roles.MODERATOR, Accounts.stored(target.id()).roles);
        assertTrue(Accounts.stored(target.id()).enabled);
        assertEquals(200, Accounts.moderationStatus(target.name(), Accounts.PASSWORD), "the password is unchanged");
    }

    @Test
    void anAdminCreatesAModeratorWhoCanWorkAtOnceButNotAdminister() {
        String name = Accounts.freshName();
        Number id = Staff.admin().body(Map.of("username", name, "password", Accounts.PASSWORD, "role", "moderator"))
                .post(API).then().statusCode(201)
                .header("Location", containsString(API + "/"))
                .body("username", equalTo(name)).body("roles", equalTo(List.of("moderator")))
                .body("enabled", equalTo(true)).body("createdAt", not(equalTo(null)))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .extract().path("id");
        assertEquals(200, Accounts.moderationStatus(name, Accounts.PASSWORD));
        Accounts.basic(name, Accounts.PASSWORD).get(API).then().statusCode(403);
        assertTrue(Accounts.auditDetails(audit, Staff.ADMIN).contains("created moderator " + name));
        assertTrue(Accounts.stored(id.longValue()).password.startsWith("$2"), "stored as a bcrypt hash");
    }

    @Test
    void anAdminCreatesAnotherAdminWhoCanManageAccounts() {
        String name = Accounts.freshName();
        Number id = Staff.admin().body(Map.of("username", name, "password", Accounts.PASSWORD, "role", "admin"))
                .post(API).then().statusCode(201).body("roles", equalTo(List.of("admin"))).extract().path("id");
        Accounts.basic(name, Accounts.PASSWORD).get(API).then().statusCode(200);
        assertEquals(200, Accounts.moderationStatus(name, Accounts.PASSWORD), "an admin is a moderator too");
        Accounts.basic(name, Accounts.PASSWORD).body(Map.of("enabled", false)).put(API + "/" + id).then()
                .statusCode(200).body("enabled", equalTo(false));
        assertTrue(Accounts.auditDetails(audit, name).contains("disabled " + name), "an admin may disable themself");
    }

    @Test
    void badInputIsRefusedWithASentenceAndTheFieldAtFault() {
        Accounts.Made taken = Accounts.fresh(accounts, Roles.MODERATOR);
        String ok = Accounts.freshName();
        Object[][] cases = {
                {Map.of("password", Accounts.PASSWORD, "role", "moderator"), "username", "Choose a user name."},
                {Map.of("username", "ab", "password", Accounts.PASSWORD, "role", "moderator"), "username",
                        "A user name has 3 to 80 characters."},
                {Map.of("username", "a".repeat(81), "password", Accounts.PASSWORD, "role", "moderator"), "username",
                        "A user name has 3 to 80 characters."},
                {Map.of("username", "with space", "password", Accounts.PASSWORD, "role", "moderator"), "username",
                        "A user name may contain only letters a-z and A-Z, digits and the characters . - _ @."},
                {Map.of("username", "\u0430dmin-" + ok, "password", Accounts.PASSWORD, "role", "moderator"),
                        "username", "A user name may contain only letters"},
                {Map.of("username", taken.name().toUpperCase(), "password", Accounts.PASSWORD, "role", "moderator"),
                        "username", "The user name " + taken.name().toUpperCase() + " is taken."},
                {Map.of("username", ok, "role", "moderator"), "password", "Choose a password."},
                {Map.of("username", ok, "password", "eleven char", "role", "moderator"), "password",
                        "A password needs at least 12 characters."},
                {Map.of("username", ok, "password", "p".repeat(201), "role", "moderator"), "password",
                        "A password can have at most 200 characters."},
                {Map.of("username", ok, "password", ok.toUpperCase(), "role", "moderator"), "password",
                        "The password must not be the user name."},
                {Map.of("username", ok, "password", Accounts.PASSWORD), "role", "Choose a role: moderator or admin."},
                {Map.of("username", ok, "password", Accounts.PASSWORD, "role", "reader"), "role",
                        "Choose a role: moderator or admin."},
        };
        for (Object[] c : cases) {
            Staff.admin().body(c[0]).post(API).then().statusCode(400)
                    .body("field", equalTo(c[1])).body("error", containsString((String) c[2]));
        }
        Staff.admin().get(API).then().body("username", not(hasItem(ok)));
        Staff.admin().body("[1, 2]").post(API).then().statusCode(400);
        Staff.admin().body(Map.of()).put(API + "/" + taken.id()).then().statusCode(400)
                .body("error", equalTo("Say what to change: role or enabled."));
        Staff.admin().body(Map.of("role", "owner")).put(API + "/" + taken.id()).then().statusCode(400)
                .body("field", equalTo("role"));
        Staff.admin().body(Map.of("password", "short")).post(API + "/" + taken.id() + "/password").then()
                .statusCode(400).body("field", equalTo("password"));
        Staff.admin().body(Map.of("password", taken.name())).post(API + "/" + taken.id() + "/password").then()
                .statusCode(400).body("error", equalTo("The password must not be the user name."));
        Staff.admin().body(Map.of("role", "admin")).put(API + "/999999999").then().statusCode(404);
        Staff.admin().delete(API + "/999999999").then().statusCode(404);
        assertEquals(Roles.MODERATOR, Accounts.stored(taken.id()).roles);
    }

    @Test
    void aPasswordOfTwoHundredCharactersWorksAccentsIncluded() {
        String name = Accounts.freshName();
        String password = "x".repeat(200);
        Staff.admin().body(Map.of("username", name, "password", password, "role", "moderator")).post(API).then()
                .statusCode(201);
        assertEquals(200, Accounts.moderationStatus(name, password));

        // Through the login form, which posts UTF-8 (HTTP Basic has no agreed character set).
        String accented = Accounts.freshName();
        String withAccents = "Grüße aus Köln, " + "é".repeat(184);
        Staff.admin().body(Map.of("username", accented, "password", withAccents, "role", "moderator")).post(API)
                .then().statusCode(201);
        io.restassured.response.Response login = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", accented).formParam("j_password", withAccents).post("/j_security_check");
        assertTrue(login.getCookies().containsKey("parley-session"), login.getHeader("Location"));
    }

    @Test
    void aNewRoleTakesEffectOnTheNextRequest() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.basic(made.name(), Accounts.PASSWORD).get(API).then().statusCode(403);
        Staff.admin().body(Map.of("role", "admin")).put(API + "/" + made.id()).then().statusCode(200)
                .body("roles", equalTo(List.of("admin")));
        Accounts.basic(made.name(), Accounts.PASSWORD).get(API).then().statusCode(200);
        Staff.admin().body(Map.of("role", "moderator")).put(API + "/" + made.id()).then().statusCode(200);
        Accounts.basic(made.name(), Accounts.PASSWORD).get(API).then().statusCode(403);
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        List<String> details = Accounts.auditDetails(audit, Staff.ADMIN);
        assertTrue(details.contains("changed the role of " + made.name() + " from moderator to admin"), details.toString());
        assertTrue(details.contains("changed the role of " + made.name() + " from admin to moderator"));
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionStopsWorking() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Staff.Session session = Staff.login(made.name(), Accounts.PASSWORD);
        assertTrue(session.loggedIn());
        session.request().get("/api/moderation/counts").then().statusCode(200);

        Staff.admin().body(Map.of("enabled", false)).put(API + "/" + made.id()).then().statusCode(200)
                .body("enabled", equalTo(false));
        session.request().get("/api/moderation/counts").then().statusCode(401);
        session.request().get("/moderation").then().statusCode(302).header("Location", containsString("/login"));
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        assertFalse(Staff.login(made.name(), Accounts.PASSWORD).loggedIn());

        Staff.admin().body(Map.of("enabled", true)).put(API + "/" + made.id()).then().statusCode(200);
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        List<String> details = Accounts.auditDetails(audit, Staff.ADMIN);
        assertTrue(details.contains("disabled " + made.name()));
        assertTrue(details.contains("enabled " + made.name()));
    }

    @Test
    void aResetPasswordWorksAtOnceAndTheOldOneNoLonger() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        // Twice, so the old password is in the identity provider's cache of verified passwords.
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        String fresh = "a brand new password " + made.id();
        Staff.admin().body(Map.of("password", fresh)).post(API + "/" + made.id() + "/password").then()
                .statusCode(200).body("username", equalTo(made.name()));
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD), "the cached old one is dead");
        assertEquals(200, Accounts.moderationStatus(made.name(), fresh));
        assertTrue(Staff.login(made.name(), fresh).loggedIn());
        List<String> details = Accounts.auditDetails(audit, Staff.ADMIN);
        assertTrue(details.contains("reset the password of " + made.name()));
        assertTrue(details.stream().noneMatch(d -> d.contains(fresh)), "the password is never in the log");
    }

    @Test
    void deletingAnAccountRemovesItAndKeepsItsAuditTrail() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.basic(made.name(), Accounts.PASSWORD)
                .body(Map.of("current", Accounts.PASSWORD, "password", "their own new password"))
                .post("/api/account/password").then().statusCode(204);
        Staff.admin().delete(API + "/" + made.id()).then().statusCode(204);
        Staff.admin().get(API).then().body("username", not(hasItem(made.name())));
        assertNull(Accounts.stored(made.id()));
        assertEquals(401, Accounts.moderationStatus(made.name(), "their own new password"));
        assertTrue(Accounts.auditDetails(audit, made.name()).contains("changed their own password"),
                "what the account did stays in the log under its name");
        assertTrue(Accounts.auditDetails(audit, Staff.ADMIN).contains("deleted moderator " + made.name()));
        Staff.admin().delete(API + "/" + made.id()).then().statusCode(404);
    }

    @Test
    void anotherAdminCanBeDemotedDisabledAndDeletedWhileAnAdminRemains() {
        Accounts.Made other = Accounts.fresh(accounts, Roles.ADMIN);
        Staff.admin().body(Map.of("role", "moderator")).put(API + "/" + other.id()).then().statusCode(200);
        Staff.admin().body(Map.of("role", "admin", "enabled", false)).put(API + "/" + other.id()).then()
                .statusCode(200).body("roles", equalTo(List.of("admin"))).body("enabled", equalTo(false));
        Staff.admin().delete(API + "/" + other.id()).then().statusCode(204);
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedDisabledOrDeleted() {
        assertEquals(List.of(Staff.ADMIN), Accounts.onlySharedAdminLeft(),
                "only then is the shared admin the last one, and only then may this test ask");
        long admin = Accounts.sharedAdminId();
        String last = "admin is the last enabled admin and cannot be ";
        Staff.admin().body(Map.of("role", "moderator")).put(API + "/" + admin).then().statusCode(409)
                .body("error", equalTo(last + "made a moderator. Make another account an admin first."));
        Staff.admin().body(Map.of("enabled", false)).put(API + "/" + admin).then().statusCode(409)
                .body("error", equalTo(last + "disabled. Make another account an admin first."));
        Staff.admin().delete(API + "/" + admin).then().statusCode(409)
                .body("error", equalTo(last + "deleted. Make another account an admin first."));
        // A disabled admin is no stand-in: it cannot act.
        Accounts.Made disabled = Accounts.fresh(accounts, Roles.ADMIN);
        Staff.admin().body(Map.of("enabled", false)).put(API + "/" + disabled.id()).then().statusCode(200);
        Staff.admin().body(Map.of("enabled", false)).put(API + "/" + admin).then().statusCode(409);
        Staff.admin().body(Map.of("role", "admin", "enabled", true)).put(API + "/" + admin).then().statusCode(200);

        assertEquals(Roles.ADMIN, Accounts.stored(admin).roles);
        assertTrue(Accounts.stored(admin).enabled);
        Staff.admin().get(API).then().statusCode(200);
    }

    @Test
    void aSessionCallNeedsTheCsrfHeaderLikeEveryOtherApiChange() {
        String name = Accounts.freshName();
        Staff.Session session = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        Map<String, String> body = Map.of("username", name, "password", Accounts.PASSWORD, "role", "moderator");
        session.request().contentType("application/json").body(body).post(API).then().statusCode(403)
                .body("error", containsString("CSRF"));
        Staff.admin().get(API).then().body("username", not(hasItem(name)));
        session.request().contentType("application/json").header("X-CSRF-TOKEN", session.csrfToken()).body(body)
                .post(API).then().statusCode(201);
    }
}
