package org.parley.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.security.AccountService;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class TestBenchResourceTest {

    @Inject
    AccountService accounts;

    @Test
    void aCheckedTextShowsTheDecisionAndMarksEachHitWithItsRule() {
        Staff.Session session = loggedInModerator();
        session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.csrfToken())
                .formParam("text", "You are a f.u.c.k.i.n.g idiot <script>alert(1)</script>")
                .formParam("userName", "").formParam("article", "")
                .post("/admin/test-bench").then().statusCode(200)
                .body(containsString("Decision: <span class=\"decision decision-"))
                .body(containsString("<mark class=\"hit hit-abusive"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void anEmptyTextIsRefusedWithAMessageAndTheFormKept() {
        Staff.Session session = loggedInModerator();
        session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.csrfToken())
                .formParam("text", "   ").formParam("userName", "kept name").formParam("article", "")
                .post("/admin/test-bench").then().statusCode(400)
                .body(containsString("Paste a text to check."))
                .body(containsString("value=\"kept name\""));
    }

    @Test
    void theBenchNeedsAStaffSessionAndItsCsrfToken() {
        RestAssured.given().redirects().follow(false).get("/admin/test-bench").then().statusCode(302);
        Staff.exist(accounts);
        Staff.withoutRole().redirects().follow(false).get("/admin/test-bench").then().statusCode(403);
        Staff.Session session = loggedInModerator();
        session.request().contentType("application/x-www-form-urlencoded").formParam("text", "hello")
                .post("/admin/test-bench").then().statusCode(403);
    }

    private Staff.Session loggedInModerator() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD);
        Response page = session.request().get("/admin/test-bench");
        java.util.Map<String, String> cookies = new java.util.HashMap<>(session.cookies());
        cookies.putAll(page.getCookies());
        return new Staff.Session(session.status(), session.location(), cookies);
    }
}
