package org.parley.security.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditService;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.LoginThrottle;
import org.parley.security.Roles;
import org.parley.security.Throttles;
import org.parley.support.Accounts;
import org.parley.support.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The admins' account page as a browser without JavaScript uses it: forms, redirects and notices. */
@QuarkusTest
class AccountPageResourceTest {

    static final String PAGE = "/admin/accounts";

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

    private static Accounts.Page adminPage() {
        Staff.Session session = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD);
        assertTrue(session.loggedIn());
        return Accounts.Page.open(session, PAGE);
    }

    @Test
    void anAdminSeesEveryAccountWithItsFormsAndTheAdminLink() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.Page page = adminPage();
        assertEquals(200, page.status());
        assertTrue(page.html().contains(made.name()));
        assertTrue(page.html().contains("action=\"/admin/accounts/" + made.id() + "/role\""));
        assertTrue(page.html().contains("action=\"/admin/accounts/" + made.id() + "/enabled\""));
        assertTrue(page.html().contains("action=\"/admin/accounts/" + made.id() + "/password\""));
        assertTrue(page.html().contains("action=\"/admin/accounts/" + made.id() + "/delete\""));
        assertTrue(page.html().contains("<a href=\"/admin/accounts\" aria-current=\"page\">Accounts</a>"));
        assertTrue(page.html().contains("/css/moderation.css"), "the staff pages' one stylesheet");
        assertTrue(page.token() != null, "the forms carry a CSRF token");
        assertFalse(page.html().contains("$2a$"), "no password hashes on the page");
        page.session().request().get("/moderation").then().statusCode(200)
                .body(containsString("<a href=\"/admin/accounts\">Accounts</a>"));
    }

    @Test
    void moderatorsSeeNoAdminLinkAndAreForbiddenAndStrangersAreSentToLogIn() {
        Accounts.Made moderator = Accounts.fresh(accounts, Roles.MODERATOR);
        Staff.Session session = Staff.login(moderator.name(), Accounts.PASSWORD);
        session.request().get("/moderation").then().statusCode(200).body(not(containsString("/admin/accounts")))
                .body(containsString("href=\"/account/password\""));
        session.request().accept("text/html").get(PAGE).then().statusCode(403);
        Staff.withoutRole().accept("text/html").get(PAGE).then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(302)
                .header("Location", containsString("/login"));

        // A moderator's own page carries a valid token; posting with it still must not reach an admin action.
        Accounts.Page own = Accounts.Page.open(session, "/account/password");
        String name = Accounts.freshName();
        own.post().formParam("username", name).formParam("password", Accounts.PASSWORD).formParam("role", "admin")
                .post(PAGE).then().statusCode(403);
        own.post().formParam("enabled", "false").post(PAGE + "/" + moderator.id() + "/enabled").then()
                .statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", name).formParam("password", Accounts.PASSWORD).formParam("role", "admin")
                .post(PAGE).then().statusCode(anyOf(is(302), is(400), is(401)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", name)));
        assertTrue(Accounts.stored(moderator.id()).enabled);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.Page page = adminPage();
        String name = Accounts.freshName();
        page.withoutToken().formParam("username", name).formParam("password", Accounts.PASSWORD)
                .formParam("role", "moderator").post(PAGE).then().statusCode(403);
        page.withoutToken().formParam("role", "admin").post(PAGE + "/" + made.id() + "/role").then().statusCode(403);
        page.withoutToken().formParam("enabled", "false").post(PAGE + "/" + made.id() + "/enabled").then()
                .statusCode(403);
        page.withoutToken().formParam("password", "forged new password").post(PAGE + "/" + made.id() + "/password")
                .then().statusCode(403);
        page.withoutToken().post(PAGE + "/" + made.id() + "/delete").then().statusCode(403);
        page.withoutToken().formParam("csrf-token", "not-the-token").post(PAGE + "/" + made.id() + "/delete").then()
                .statusCode(403);

        Account stored = Accounts.stored(made.id());
        assertEquals(Roles.MODERATOR, stored.roles);
        assertTrue(stored.enabled);
        assertEquals(200, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", name)));
    }

    @Test
    void creatingAnAccountRedirectsToTheListWithANotice() {
        Accounts.Page page = adminPage();
        String name = Accounts.freshName();
        Response created = page.post().formParam("username", name).formParam("password", Accounts.PASSWORD)
                .formParam("role", "moderator").post(PAGE);
        assertEquals(303, created.statusCode());
        String location = created.getHeader("Location");
        assertTrue(location.contains("/admin/accounts?done=created&id="), location);
        page.session().request().get(location).then().statusCode(200)
                .body(containsString("Created the account " + name + " (moderator)."));
        assertEquals(200, Accounts.moderationStatus(name, Accounts.PASSWORD));
        assertTrue(Accounts.auditDetails(audit, Staff.ADMIN).contains("created moderator " + name));
    }

    @Test
    void aRefusedAccountShowsTheErrorAgainWithTheNameKeptButNeverThePassword() {
        Accounts.Page page = adminPage();
        String name = Accounts.freshName();
        String password = "secret-" + name;
        page.post().formParam("username", name).formParam("password", password).formParam("role", "owner")
                .post(PAGE).then().statusCode(400)
                .body(containsString("Choose a role: moderator or admin."))
                .body(containsString("value=\"" + name + "\""))
                .body(not(containsString(password)));
        page.post().formParam("username", "no spaces " + name).formParam("password", password)
                .formParam("role", "admin").post(PAGE).then().statusCode(400)
                .body(containsString("A user name may contain only letters"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("<option value=\"admin\" selected>admin</option>"))
                .body(not(containsString(password)));
        page.post().formParam("username", name).formParam("password", "short").formParam("role", "moderator")
                .post(PAGE).then().statusCode(400).body(containsString("A password needs at least 12 characters."));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", name)));
    }

    @Test
    void anAdminChangesARoleDisablesEnablesResetsAPasswordAndDeletesFromThePage() {
        Accounts.Made made = Accounts.fresh(accounts, Roles.MODERATOR);
        Accounts.Page page = adminPage();
        String base = PAGE + "/" + made.id();

        follow(page, page.post().formParam("role", "admin").post(base + "/role"), made.name() + " is now an admin.");
        assertEquals(Roles.ADMIN, Accounts.stored(made.id()).roles);
        follow(page, page.post().formParam("role", "moderator").post(base + "/role"),
                made.name() + " is now a moderator.");

        follow(page, page.post().formParam("enabled", "false").post(base + "/enabled"), "Disabled " + made.name());
        assertFalse(Accounts.stored(made.id()).enabled);
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        follow(page, page.post().formParam("enabled", "true").post(base + "/enabled"), "Enabled " + made.name());

        String fresh = "reset from the page " + made.id();
        follow(page, page.post().formParam("password", fresh).post(base + "/password"),
                "Set a new password for " + made.name());
        assertEquals(401, Accounts.moderationStatus(made.name(), Accounts.PASSWORD));
        assertEquals(200, Accounts.moderationStatus(made.name(), fresh));
        page.post().formParam("password", "too short").post(base + "/password").then().statusCode(400)
                .body(containsString("A password needs at least 12 characters."));
        page.post().formParam("enabled", "maybe").post(base + "/enabled").then().statusCode(400);

        follow(page, page.post().post(base + "/delete"), "Deleted the account.");
        assertNull(Accounts.stored(made.id()));
        page.post().post(base + "/delete").then().statusCode(404).body(containsString("There is no account"));

        List<String> details = Accounts.auditDetails(audit, Staff.ADMIN);
        for (String expected : List.of("changed the role of " + made.name() + " from moderator to admin",
                "disabled " + made.name(), "enabled " + made.name(), "reset the password of " + made.name(),
                "deleted moderator " + made.name())) {
            assertTrue(details.contains(expected), expected + " in " + details);
        }
    }

    @Test
    void theLastAdminRuleIsExplainedOnThePage() {
        assertEquals(List.of(Staff.ADMIN), Accounts.onlySharedAdminLeft(),
                "only then is the shared admin the last one, and only then may this test ask");
        long admin = Accounts.sharedAdminId();
        Accounts.Page page = adminPage();
        page.post().formParam("enabled", "false").post(PAGE + "/" + admin + "/enabled").then().statusCode(409)
                .body(containsString("admin is the last enabled admin and cannot be disabled."));
        page.post().formParam("role", "moderator").post(PAGE + "/" + admin + "/role").then().statusCode(409);
        page.post().post(PAGE + "/" + admin + "/delete").then().statusCode(409);
        assertTrue(Accounts.stored(admin).enabled);
        assertEquals(Roles.ADMIN, Accounts.stored(admin).roles);
    }

    @Test
    void aNoticeIsBuiltFromTheCodeAndTheAccountNeverFromTheAddress() {
        Accounts.Page page = adminPage();
        page.session().request().get(PAGE + "?done=<script>&id=1").then().statusCode(200)
                .body(not(containsString("<script>")));
        page.session().request().get(PAGE + "?done=created&id=999999999").then().statusCode(200)
                .body(not(containsString("mod-notice-success")));
    }

    private static void follow(Accounts.Page page, Response answer, String notice) {
        assertEquals(303, answer.statusCode(), answer.asString());
        page.session().request().get(answer.getHeader("Location")).then().statusCode(200)
                .body(containsString(notice));
    }
}
