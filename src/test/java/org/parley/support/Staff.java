package org.parley.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Accounts for tests of staff endpoints: a shared moderator, the test admin, someone logged in without a role,
 * fresh moderators for tests that need their own (throttling, undo), and logged-in browser sessions.
 */
public final class Staff {

    public static final String MODERATOR = "staff-moderator";
    public static final String ADMIN = "admin";
    public static final String NOBODY = "staff-without-role";
    public static final String PASSWORD = "staff-test-password";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Staff() {
    }

    /** Creates the shared moderator and the role-less account once per database. */
    public static void exist(AccountService accounts) {
        ensure(accounts, MODERATOR, Roles.MODERATOR);
        ensure(accounts, NOBODY, "reader");
    }

    public static RequestSpecification moderator() {
        return as(MODERATOR, PASSWORD);
    }

    public static RequestSpecification admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification withoutRole() {
        return as(NOBODY, PASSWORD);
    }

    public static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }

    private static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    private static void ensure(AccountService accounts, String name, String roles) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.count("username", name) > 0);
        if (!exists) {
            accounts.create(name, PASSWORD, roles);
        }
    }

    /** A fresh moderator account; its name is unique, so tests never share throttling or undo state. */
    public static String newModerator(AccountService accounts) {
        String name = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, Roles.MODERATOR);
        return name;
    }

    /** Logs in through the login form and returns the session's cookies (session, login time, CSRF). */
    public static Session login(String name, String password) {
        Response page = given().get("/login");
        Response login = given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check");
        Map<String, String> cookies = new java.util.HashMap<>(page.getCookies());
        cookies.putAll(login.getCookies());
        return new Session(login.statusCode(), login.getHeader("Location"), cookies);
    }

    /** A logged-in session: its cookies, and where the login answer sent the browser. */
    public record Session(int status, String location, Map<String, String> cookies) {

        public boolean loggedIn() {
            return cookies.containsKey("parley-session") && !cookies.get("parley-session").isEmpty();
        }

        /** A request carrying the session cookies and, for changes through the JSON API, the CSRF header. */
        public io.restassured.specification.RequestSpecification request() {
            io.restassured.specification.RequestSpecification spec = given().redirects().follow(false)
                    .cookies(cookies);
            return spec;
        }

        /** The CSRF token a page of this session carries, fetched from the login page's cookie. */
        public Session withCsrf() {
            Response page = given().cookies(cookies).get("/login");
            Map<String, String> all = new java.util.HashMap<>(cookies);
            all.putAll(page.getCookies());
            return new Session(status, location, all);
        }

        public String csrfToken() {
            return cookies.get("csrf-token");
        }
    }
}
