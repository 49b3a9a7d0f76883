package org.parley.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Decision;
import org.parley.filter.RuleSpec;
import org.parley.filter.Submission;
import org.parley.filter.ruleset.FilterService;
import org.parley.security.AccountService;
import org.parley.support.Captchas;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BacktestResourceTest {

    /** A draft rule that holds any comment mentioning turnips: nothing in the default pack cares about them. */
    static final Map<String, Object> TURNIP_RULE = Map.of("name", "backtest-turnips", "description", "Turnip talk",
            "type", "TERMS", "category", "offtopic", "score", 5, "mode", "ENFORCE",
            "params", Map.of("terms", List.of("turnip", "turnips")));

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    @Inject
    FilterService filter;

    @Inject
    CommentQueueService comments;

    @Inject
    BacktestService backtests;

    @Test
    void aBackTestCountsWhatCheckingEachStoredCommentWithTheDraftWouldChange() {
        Staff.exist(accounts);
        ArticleView article = TestArticles.fresh(articles);
        post(article, "Turnips are the answer to the budget.");
        post(article, "More turnip subsidies, please.");
        post(article, "Schools need the money more than roads.");

        String id = Staff.admin().body(Map.of("rule", TURNIP_RULE, "days", 1)).post("/api/rules/backtests")
                .then().statusCode(202).extract().path("id");
        JsonPath done = waitForDone(id);

        long expectedHeld = 0;
        long expectedReleased = 0;
        long checked = done.getLong("result.checked");
        List<RuleSpec> draft = new ArrayList<>(filter.liveSpecs());
        draft.add(new org.parley.filter.RuleSpec(null, "backtest-turnips", "Turnip talk",
                org.parley.filter.RuleType.TERMS, org.parley.filter.Category.OFFTOPIC, 5, true,
                org.parley.filter.RuleMode.ENFORCE,
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("terms",
                        List.of("turnip", "turnips")))));
        CompiledRuleSet rules = filter.compile(draft, -1);
        List<org.parley.comments.StoredComment> all = new ArrayList<>();
        comments.replay(java.time.Instant.now().minus(Duration.ofDays(1)), (int) checked, 500, all::addAll);
        for (var c : all) {
            Decision after = filter.checkWith(rules, new Submission(c.text(), c.userName(),
                    articles.listNewestFirst().stream().filter(a -> a.id() == c.articleId()).findFirst()
                            .map(ArticleView::filterContext).orElse(null))).decision();
            expectedHeld += c.decision() == Decision.PUBLISH && after == Decision.HOLD ? 1 : 0;
            expectedReleased += c.decision() != Decision.PUBLISH && after == Decision.PUBLISH ? 1 : 0;
        }
        assertEquals(all.size(), checked);
        assertEquals(expectedHeld, done.getLong("result.newlyHeld"));
        assertEquals(expectedReleased, done.getLong("result.newlyReleased"));
        assertTrue(done.getLong("result.newlyHeld") >= 2, "both turnip comments would now be held");
        assertTrue(backtests.wasViewed(draft), "a finished back-test that was read allows applying its draft");
    }

    @Test
    void aDraftThatDoesNotCompileIsRefusedBeforeAnyWork() {
        Staff.exist(accounts);
        Map<String, Object> broken = Map.of("name", "broken-regex", "type", "REGEX", "category", "abusive",
                "score", 5, "params", Map.of("pattern", "(unclosed"));
        Staff.admin().body(Map.of("rule", broken)).post("/api/rules/backtests").then().statusCode(400)
                .body("error", containsString("broken-regex"));
        Staff.admin().body(Map.of("rule", TURNIP_RULE, "days", 0)).post("/api/rules/backtests").then()
                .statusCode(400).body("field", equalTo("days"));
    }

    @Test
    void onlyAdminsRunBackTests() {
        Staff.exist(accounts);
        Staff.moderator().body(Map.of("rule", TURNIP_RULE)).post("/api/rules/backtests").then().statusCode(403);
        RestAssured.given().contentType("application/json").body(Map.of("rule", TURNIP_RULE))
                .post("/api/rules/backtests").then().statusCode(401);
        Staff.admin().get("/api/rules/backtests/no-such-job").then().statusCode(404);
    }

    @Test
    void thePageShowsProgressThenTheResult() {
        Staff.exist(accounts);
        String id = Staff.admin().body(Map.of("rule", TURNIP_RULE, "days", 1, "limit", 50))
                .post("/api/rules/backtests").then().statusCode(202).extract().path("id");
        waitForDone(id);
        Staff.admin().redirects().follow(false).get("/admin/backtest/" + id).then().statusCode(200)
                .body(containsString("Newly held"))
                .body(containsString("Against the moderators"));
        Staff.admin().redirects().follow(false).get("/admin/backtest").then().statusCode(200)
                .body(containsString("name=\"draft\""));
    }

    @Test
    void theBackTestPageStartsFromALiveRuleInTheBoxOnRequest() {
        Staff.exist(accounts);
        String live = Staff.admin().get("/api/rules").then().statusCode(200).extract().path("[0].name");
        Staff.admin().redirects().follow(false).get("/admin/backtest").then().statusCode(200)
                .body(containsString("<option value=\"" + live + "\""))
                .body(containsString("placeholder="));
        Staff.admin().redirects().follow(false).queryParam("from", live).get("/admin/backtest").then().statusCode(200)
                .body(containsString("&quot;name&quot; : &quot;" + live + "&quot;"))
                .body(containsString("The live rule <strong>" + live + "</strong> is in the box"));
    }

    private JsonPath waitForDone(String id) {
        for (int i = 0; i < 600; i++) {
            JsonPath job = Staff.admin().get("/api/rules/backtests/" + id).then().statusCode(200).extract().jsonPath();
            if ("DONE".equals(job.getString("state")) || "FAILED".equals(job.getString("state"))) {
                assertEquals("DONE", job.getString("state"), job.prettify());
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the back-test did not finish");
    }

    private void post(ArticleView article, String text) {
        var c = captcha.issue();
        RestAssured.given().contentType("application/json")
                .body(Map.of("userName", "Backtest reader", "text", text, "captchaToken", c.token(),
                        "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post("/api/articles/" + article.slug() + "/comments").then().statusCode(201);
    }
}
