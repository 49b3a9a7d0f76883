package org.parley.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.security.AccountService;
import org.parley.support.Routes;
import org.parley.support.Routes.Route;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What every answer says about caching, its encoding and HTTPS, whichever part of the server wrote it. */
@QuarkusTest
class ResponseHeadersTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    ArticleView article;
    long comment;

    @BeforeEach
    void setUp() {
        Staff.exist(accounts);
        article = TestArticles.fresh(articles);
    }

    @Test
    void noStaffPageOrApiAnswerMayBeStored() {
        comment = TestComments.published(captcha, article, "Cache reader",
                "The schools budget vote next week matters for hospitals as well.");
        List<Route> staff = Routes.all().stream().filter(r -> r.method().equals("GET") && r.staff() && !streams(r))
                .toList();
        assertTrue(staff.size() > 30, "the walk finds the staff routes: " + staff);
        List<String> cacheable = new ArrayList<>();
        for (Route route : staff) {
            Response answer = Staff.admin().accept("*/*").redirects().follow(false).get(route.path(this::value));
            if (!"no-store".equals(answer.getHeader("Cache-Control"))) {
                cacheable.add(route + " -> " + answer.statusCode() + " " + answer.getHeader("Cache-Control"));
            }
        }
        assertEquals(List.of(), cacheable);
    }

    @Test
    void aLoggedInModeratorsPublicPagesAreNotStoredEither() {
        Staff.Session session = Staff.login(Staff.MODERATOR, Staff.PASSWORD);
        session.request().get("/articles/" + article.slug()).then().statusCode(200).header("Cache-Control", "no-store");
        session.request().get("/api/articles").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void textSaysItIsUtf8() {
        given().get("/login").then().statusCode(200).contentType("text/html;charset=UTF-8");
        given().get("/login?error=true").then().statusCode(401).contentType("text/html;charset=UTF-8");
        given().get("/no-such-page").then().statusCode(404).contentType(containsString("charset=UTF-8"));
    }

    @Test
    void plainHttpGetsNoHstsNotEvenWhenTheClientClaimsTls() {
        // No proxy is trusted in this profile, so X-Forwarded-Proto is anyone's word.
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    private static boolean streams(Route route) {
        Produces produces = route.javaMethod().getAnnotation(Produces.class);
        return produces != null && List.of(produces.value()).contains(MediaType.SERVER_SENT_EVENTS);
    }

    private String value(String param) {
        return switch (param) {
            case "slug" -> article.slug();
            case "id" -> Long.toString(comment);
            default -> "1";
        };
    }
}
