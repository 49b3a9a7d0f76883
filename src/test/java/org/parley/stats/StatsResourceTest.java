package org.parley.stats;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.filter.Decision;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.FilterService;
import org.parley.security.AccountService;
import org.parley.support.Captchas;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class StatsResourceTest {

    private static final List<Chart.Series> THREE_SERIES = List.of(new Chart.Series("publish", "published"),
            new Chart.Series("hold", "held"), new Chart.Series("reject", "rejected"));

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    FilterService filter;

    @Inject
    AccountService accounts;

    @CacheName("admin-stats")
    Cache cache;

    @Test
    void aModeratorReleasingWhatARuleHeldShowsAsThatRulesOverturn() {
        Staff.exist(accounts);
        ArticleView article = TestArticles.fresh(articles);
        String held = heldText();
        Verdict verdict = filter.check(new Submission(held, "Stats reader", article.filterContext()));
        String rule = verdict.enforcedHits().get(0).rule();
        long id = post(article, held);
        Staff.moderator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(200);
        cache.invalidateAll().await().indefinitely();

        Map<String, Object> row = Staff.admin().get("/api/admin/stats").then().statusCode(200)
                .body("waiting.pending", greaterThanOrEqualTo(0))
                .extract().jsonPath().getMap("rules.find { it.rule == '" + rule + "' }");
        assertTrue(((Number) row.get("hits")).longValue() >= 1, row.toString());
        assertTrue(((Number) row.get("overturns")).longValue() >= 1, row.toString());
        assertTrue(((Number) row.get("overturnRate")).doubleValue() > 0, row.toString());
        List<Map<String, Object>> daily = Staff.admin().get("/api/admin/stats").then().extract().jsonPath()
                .getList("daily.findAll { it.decision == 'HOLD' }");
        assertTrue(daily.stream().mapToLong(d -> ((Number) d.get("count")).longValue()).sum() >= 1);
    }

    @Test
    void theDashboardDrawsItsChartsForAdminsOnly() {
        Staff.exist(accounts);
        Staff.admin().redirects().follow(false).get("/admin/dashboard").then().statusCode(200)
                .body(containsString("Comments per day by the filter&#39;s decision"))
                .body(containsString("<svg"))
                .body(containsString("How long held comments waited for a moderator"));
        Staff.moderator().redirects().follow(false).get("/admin/dashboard").then().statusCode(403);
        Staff.moderator().get("/api/admin/stats").then().statusCode(403);
        RestAssured.given().get("/api/admin/stats").then().statusCode(401);
        RestAssured.given().redirects().follow(false).get("/admin/dashboard").then().statusCode(302);
    }

    @Test
    void axisTicksAreRoundNumbersAtOrAboveTheLargestValue() {
        assertEquals(1, Chart.niceCeiling(1));
        assertEquals(5, Chart.niceCeiling(3));
        assertEquals(10, Chart.niceCeiling(7));
        assertEquals(200, Chart.niceCeiling(101));
        assertEquals(1000, Chart.niceCeiling(1000));
    }

    @Test
    void theAxisTicksAreEvenlySpacedDifferentWholeNumbersReachingTheLargestValue() {
        for (long max : new long[] {1, 3, 5, 7, 13, 99, 101, 4_321}) {
            Chart chart = Chart.stacked("t", THREE_SERIES,
                    List.of(new Chart.Column("a", new long[] {max, 0, 0})), "");
            List<Long> ticks = chart.ticks().stream().map(t -> Long.parseLong(t.text())).toList();
            assertEquals(0L, ticks.get(0), "from zero: " + ticks);
            assertTrue(ticks.get(ticks.size() - 1) >= max, "up to " + max + ": " + ticks);
            assertTrue(ticks.size() >= 2 && ticks.size() <= 5, "a few: " + ticks);
            for (int i = 1; i < ticks.size(); i++) {
                assertEquals(ticks.get(1), ticks.get(i) - ticks.get(i - 1), "evenly spaced: " + ticks);
            }
        }
    }

    @Test
    void stackedBarsOfAColumnAddUpToItsTotalHeight() {
        Chart chart = Chart.stacked("t", THREE_SERIES,
                List.of(new Chart.Column("a", new long[] {5, 3, 2}), new Chart.Column("b", new long[] {0, 0, 0})),
                "");
        assertEquals(3, chart.bars().size(), "empty values draw nothing");
        double total = chart.bars().stream().mapToDouble(b -> Double.parseDouble(b.h())).sum();
        assertEquals((Chart.HEIGHT - Chart.TOP - Chart.BOTTOM) * 10.0 / 10, total, 0.5);
    }

    private String heldText() {
        for (String text : List.of("What a moron.", "You are an idiot.", "What a load of crap, honestly.", "Shut up, moron.",
                "This is stupid and you are stupid.", "CHECK OUT MY CHANNEL for more news",
                "Go to hell, all of you.")) {
            Verdict v = filter.check(new Submission(text, "Stats reader", null));
            if (v.decision() == Decision.HOLD && !v.enforcedHits().isEmpty()) {
                return text;
            }
        }
        throw new AssertionError("none of the candidate texts is held by the default pack");
    }

    private long post(ArticleView article, String text) {
        var c = captcha.issue();
        return RestAssured.given().contentType("application/json")
                .body(Map.of("userName", "Stats reader", "text", text, "captchaToken", c.token(),
                        "captchaAnswer", Captchas.answer(captcha, c.token())))
                .post("/api/articles/" + article.slug() + "/comments").then().statusCode(201)
                .extract().<Number>path("id").longValue();
    }
}
