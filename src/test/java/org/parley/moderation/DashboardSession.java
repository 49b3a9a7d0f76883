package org.parley.moderation;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A moderator's browser on the dashboard: the page as loaded, and its CSRF cookie and token for posting back. */
public final class DashboardSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final String cookie;
    final String token;
    public final String html;

    private DashboardSession(String cookie, String token, String html) {
        this.cookie = cookie;
        this.token = token;
        this.html = html;
    }

    public static DashboardSession open(String path) {
        Response page = given().accept("text/html").get(path);
        page.then().statusCode(200);
        String html = page.asString();
        Matcher m = CSRF.matcher(html);
        return new DashboardSession(page.getCookie("csrf-token"), m.find() ? m.group(1) : null, html);
    }

    /** A form post as the page's forms send it. */
    public RequestSpecification post() {
        return withoutToken().formParam("csrf-token", token);
    }

    /** A form post with the session's cookie but no token in the form, as a forged cross-site post would lack. */
    public RequestSpecification withoutToken() {
        return given().redirects().follow(false).accept("text/html")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", cookie);
    }
}
