package org.parley.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void oneCommentPerLineGivesEachLineItsOwnVerdict() {
        Staff.Session session = loggedInModerator();
        String page = session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.csrfToken())
                .formParam("text", "The school budget is overdue.\n\nYou fucking idiot, shut up and go kill yourself.\n")
                .formParam("userName", "").formParam("article", "").formParam("perLine", "true")
                .post("/admin/test-bench").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Line 1: Decision: <span class=\"decision decision-PUBLISH\">"), "the clean line");
        assertTrue(page.contains("Line 2: Decision: <span class=\"decision decision-"), "the second, blank lines skipped");
        assertFalse(page.contains("Line 2: Decision: <span class=\"decision decision-PUBLISH\">"), "judged alone");
        assertFalse(page.contains("Line 3:"), "no verdict for an empty line");
        assertTrue(page.contains("id=\"bench-per-line\" name=\"perLine\" value=\"true\" checked"), "the choice is kept");
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
