package org.parley.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.parley.security.AccountService;
import org.parley.security.Roles;

import io.restassured.response.Response;

/** Moderator and admin accounts for tests, and their logged-in browser sessions. */
public final class Staff {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "moderator-password-1";

    private Staff() {
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
