package org.parley.moderation.bans;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.captcha.CaptchaService;
import org.parley.security.AccountService;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class BanResourceTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AuditService audit;

    @BeforeEach
    void staffExists() {
        Staff.exist(accounts);
    }

    @Test
    void aBannedNameIsHeldForReviewWhateverItsCaseOrWidthAndIsToldNothingMore() {
        String name = "Troll " + unique();
        ArticleView article = TestArticles.fresh(articles);
        ban(Map.of("kind", "USER_NAME", "value", name, "reason", "Abusive in every thread", "days", 7))
                .then().statusCode(201)
                .body("kind", equalTo("USER_NAME"))
                .body("value", equalTo(name))
                .body("state", equalTo("ACTIVE"))
                .body("createdBy", equalTo(Staff.MODERATOR))
                .body("expiresAt", notNullValue());

        TestComments.post(captcha, article, "  " + name.toUpperCase() + " ", "A fair budget for schools and hospitals.")
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .body("message", equalTo("Thank you: your comment will appear once a moderator has reviewed it."))
                .body("message", org.hamcrest.Matchers.not(containsString("ban")));
        String fullwidth = name.chars().mapToObj(c -> c >= 'A' && c <= 'z' ? String.valueOf((char) (c - 'A' + 'Ａ'))
                : String.valueOf((char) c)).reduce("", String::concat);
        TestComments.post(captcha, article, fullwidth, "The school budget deserves support from every party.")
                .then().statusCode(201).body("status", equalTo("PENDING"));
        TestComments.post(captcha, article, "Someone else " + unique(), "Hospitals need this budget as much as the schools do.")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theCommentFormHoldsABannedNameToo() {
        String name = "Formtroll " + unique();
        ArticleView article = TestArticles.fresh(articles);
        ban(Map.of("kind", "USER_NAME", "value", name, "reason", "Spam")).then().statusCode(201)
                .body("expiresAt", nullValue());
        FormSession form = FormSession.open(article.slug());
        Response posted = form.post(captcha, name, "I hope the vote next week passes the school budget.")
                .post(article.path() + "/comments");
        posted.then().statusCode(303);
        assertTrue(posted.getHeader("Location").contains("posted=held"), posted.getHeader("Location"));
    }

    @Test
    void aClientBanTakenFromACommentHoldsEverythingFromThatClientUntilLifted() {
        ArticleView article = TestArticles.fresh(articles);
        long commentId = TestComments.published(captcha, article, "Reader " + unique(), "Support for the school budget.");
        // Every test request comes from this machine: the ban is lifted whatever happens.
        long banId = ban(Map.of("kind", "CLIENT", "commentId", commentId, "reason", "Sock puppets"))
                .then().statusCode(201).body("kind", equalTo("CLIENT")).extract().jsonPath().getLong("id");
        try {
            TestComments.post(captcha, article, "New name " + unique(), "Parliament should fund hospitals before anything else.")
                    .then().statusCode(201).body("status", equalTo("PENDING"));
        } finally {
            Staff.moderator().delete("/api/moderation/bans/" + banId).then().statusCode(200)
                    .body("state", equalTo("LIFTED")).body("liftedBy", equalTo(Staff.MODERATOR));
        }
        TestComments.post(captcha, article, "New name " + unique(), "Teachers in my town have waited years for this budget.")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theListPutsActiveBansFirstAndFlagsExpiredAndLiftedOnes() {
        String expiredName = "Expired " + unique();
        QuarkusTransaction.requiringNew().run(() -> {
            Ban old = new Ban();
            old.kind = Ban.Kind.USER_NAME;
            old.subject = expiredName.toLowerCase();
            old.shownAs = expiredName;
            old.reason = "Long ago";
            old.createdBy = Staff.MODERATOR;
            old.createdAt = Instant.now().minusSeconds(86_400 * 10);
            old.expiresAt = Instant.now().minusSeconds(86_400);
            old.persist();
        });
        long lifted = ban(Map.of("kind", "USER_NAME", "value", "Lifted " + unique(), "reason", "Mistake"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Staff.moderator().delete("/api/moderation/bans/" + lifted).then().statusCode(200);
        String activeName = "Active " + unique();
        ban(Map.of("kind", "USER_NAME", "value", activeName, "reason", "Threats")).then().statusCode(201);

        List<Map<String, Object>> all = Staff.moderator().get("/api/moderation/bans").then().statusCode(200)
                .extract().jsonPath().getList("$");
        int firstInactive = -1;
        for (int i = 0; i < all.size(); i++) {
            boolean active = (Boolean) all.get(i).get("active");
            if (!active && firstInactive < 0) {
                firstInactive = i;
            }
            assertTrue(!active || firstInactive < 0, "an active ban after an inactive one at " + i);
        }
        assertEquals("EXPIRED", stateOf(all, expiredName));
        assertEquals("ACTIVE", stateOf(all, activeName));
        assertTrue(all.stream().anyMatch(b -> ((Number) b.get("id")).longValue() == lifted
                && "LIFTED".equals(b.get("state"))));
        TestComments.post(captcha, TestArticles.fresh(articles), expiredName, "The hospital plan in the budget is long overdue.")
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void banAndLiftAreAuditedUnderTheModeratorsName() {
        String name = "Audited " + unique();
        long id = ban(Map.of("kind", "USER_NAME", "value", name, "reason", "Abuse")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Staff.admin().delete("/api/moderation/bans/" + id).then().statusCode(200);
        assertTrue(audit.search(Staff.MODERATOR, AuditAction.BAN, null, 0).stream()
                .anyMatch(e -> e.details().contains(name) && "ACTIVE".equals(e.after())));
        assertTrue(audit.search(Staff.ADMIN, AuditAction.LIFT_BAN, null, 0).stream()
                .anyMatch(e -> e.details().contains(name) && "LIFTED".equals(e.after())));
    }

    @Test
    void liftingTwiceOrLiftingNothingIsRefused() {
        long id = ban(Map.of("kind", "USER_NAME", "value", "Twice " + unique(), "reason", "Abuse"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Staff.moderator().delete("/api/moderation/bans/" + id).then().statusCode(200);
        Staff.moderator().delete("/api/moderation/bans/" + id).then().statusCode(409)
                .body("error", containsString("already been lifted"));
        Staff.moderator().delete("/api/moderation/bans/987654321").then().statusCode(404);
    }

    @Test
    void badRequestsNameTheFieldAtFault() {
        ban(Map.of("value", "Nobody", "reason", "x")).then().statusCode(400).body("field", equalTo("kind"));
        ban(Map.of("kind", "USER_NAME", "value", "Nobody")).then().statusCode(400).body("field", equalTo("reason"));
        ban(Map.of("kind", "USER_NAME", "value", "Nobody", "reason", "x", "days", 0)).then().statusCode(400)
                .body("field", equalTo("days"));
        ban(Map.of("kind", "USER_NAME", "reason", "x")).then().statusCode(400).body("field", equalTo("value"));
        ban(Map.of("kind", "CLIENT", "value", "127.0.0.1", "reason", "x")).then().statusCode(400)
                .body("field", equalTo("value"));
        ban(Map.of("kind", "USER_NAME", "commentId", 987654321, "reason", "x")).then().statusCode(404);
    }

    @Test
    void anonymousCallersMustLogInAndReadersWithoutTheRoleAreRefused() {
        Map<String, Object> body = Map.of("kind", "USER_NAME", "value", "Sneaky " + unique(), "reason", "x");
        Staff.anonymous().get("/api/moderation/bans").then().statusCode(401);
        Staff.anonymous().body(body).post("/api/moderation/bans").then().statusCode(401);
        Staff.anonymous().delete("/api/moderation/bans/1").then().statusCode(401);
        Staff.withoutRole().get("/api/moderation/bans").then().statusCode(403);
        Staff.withoutRole().body(body).post("/api/moderation/bans").then().statusCode(403);
        Staff.withoutRole().delete("/api/moderation/bans/1").then().statusCode(403);
        JsonPath list = Staff.admin().get("/api/moderation/bans").then().statusCode(200).extract().jsonPath();
        assertTrue(list.getList("value").stream().noneMatch(body.get("value")::equals));
    }

    private static Response ban(Map<String, Object> body) {
        return Staff.moderator().body(new HashMap<>(body)).post("/api/moderation/bans");
    }

    private static String stateOf(List<Map<String, Object>> bans, String value) {
        return bans.stream().filter(b -> value.equals(b.get("value"))).map(b -> (String) b.get("state")).findFirst()
                .orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
