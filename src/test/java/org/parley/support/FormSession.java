package org.parley.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.captcha.CaptchaService;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A reader's browser session against an article page: the CSRF cookie and the form's hidden fields, as a
 * browser would keep them between loading the form and posting it.
 */
public final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CAPTCHA = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");

    public final String cookie;
    public final String csrfToken;
    public final String captchaToken;
    public final String html;

    private FormSession(String cookie, String csrfToken, String captchaToken, String html) {
        this.cookie = cookie;
        this.csrfToken = csrfToken;
        this.captchaToken = captchaToken;
        this.html = html;
    }

    /** Loads the article page the way a new visitor does. */
    public static FormSession open(String slug) {
        Response page = given().get("/articles/" + slug);
        page.then().statusCode(200);
        String html = page.asString();
        return new FormSession(page.getCookie("csrf-token"), find(CSRF, html), find(CAPTCHA, html), html);
    }

    /** A form post carrying this session's cookie and CSRF token. */
    public RequestSpecification post() {
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", cookie)
                .formParam("csrf-token", csrfToken);
    }

    /** A post of the form as a reader fills it in, with the captcha solved. */
    public RequestSpecification post(CaptchaService captcha, String userName, String text) {
        return post()
                .formParam("userName", userName)
                .formParam("text", text)
                .formParam("captchaToken", captchaToken)
                .formParam("captchaAnswer", Captchas.answer(captcha, captchaToken));
    }

    /** The captcha token in a page that was re-rendered after a failed post. */
    public static String captchaTokenIn(String html) {
        return find(CAPTCHA, html);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
