package org.parley.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.NewComment;
import org.parley.comments.SubmissionOutcome;
import org.parley.filter.Category;
import org.parley.moderation.bans.BanService;
import org.parley.moderation.bans.BanView;
import org.parley.moderation.reports.ReportService;
import org.parley.rules.RuleAdminService;
import org.parley.rules.RuleVersionService;
import org.parley.security.AccountService;
import org.parley.support.Comments;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Settings changed by an admin take effect at once, without a restart, and go back as they were. */
@QuarkusTest
class SettingsInForceTest {

    @Inject
    AccountService accounts;

    @Inject
    SettingsAdminService settings;

    @Inject
    RuleAdminService rules;

    @Inject
    RuleVersionService ruleVersions;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    ReportService reports;

    @Inject
    BanService bans;

    private SettingsTest.Saved saved;

    @BeforeEach
    void before() {
        Staff.exist(accounts);
        saved = SettingsTest.save(rules);
    }

    @AfterEach
    void restoreEverySetting() {
        SettingsTest.restore(settings, rules, saved);
    }

    private void set(String name, Object value) {
        Staff.admin().body(Map.of(name, value)).put("/api/admin/settings").then().statusCode(200);
    }

    @Test
    void turningTheCaptchaOffLetsACommentThroughTheApiWithoutATokenAndBackOnRequiresIt() {
        ArticleView article = TestArticles.fresh(articles);
        String path = "/api/articles/" + article.slug() + "/comments";
        Map<String, String> noToken = Map.of("userName", "Load tester", "text", "A comment about the school budget.");
        // The page is cached with its form: turning the captcha off must not leave the old form in place.
        assertTrue(FormSession.open(article.slug()).html.contains("name=\"captchaToken\""));

        set("captchaEnabled", false);
        given().contentType("application/json").body(noToken).post(path).then().statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        given().get(article.path()).then().statusCode(200).body(not(containsString("name=\"captchaToken\"")));

        set("captchaEnabled", true);
        given().contentType("application/json").body(noToken).post(path).then().statusCode(400)
                .body("field", containsString("captcha"));
        assertTrue(FormSession.open(article.slug()).html.contains("name=\"captchaToken\""));
        assertTrue(captcha.enabled());
    }

    @Test
    void aReportThresholdOfOneMovesACommentToReportedOnTheFirstReport() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Reported once", "The budget vote is due next week.");
        set("reportThreshold", 1);
        reports.report(id, null, "abusive", null, "settings-report-" + UUID.randomUUID());
        assertNotNull(queue.find(id).reportedAt(), "on the Reported tab after one report");
        assertEquals(CommentStatus.PUBLISHED, queue.find(id).status(), "hide-reported is off: it stays up");
    }

    @Test
    void withRefuseABannedReaderIsRefusedAndWithHoldHeld() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "banned-" + UUID.randomUUID().toString().substring(0, 8);
        BanView ban = bans.ban(Staff.ADMIN, new BanService.NewBan("USER_NAME", name, null, "settings test", 1));
        try {
            set("banAction", "REFUSE");
            String token = captcha.issue().token();
            SubmissionOutcome refused = comments.submit(article, new NewComment(name, "About the budget.", token,
                    org.parley.support.Captchas.answer(captcha, token), false), "settings-ban-client");
            assertInstanceOf(SubmissionOutcome.Refused.class, refused);

            set("banAction", "HOLD");
            assertEquals(CommentStatus.PENDING,
                    Comments.post(comments, captcha, article, name, "About the budget again.").status());
        } finally {
            bans.lift(Staff.ADMIN, ban.id());
        }
    }

    @Test
    void withPremoderatedAsTheDefaultANewArticleHoldsEveryComment() {
        set("defaultCommentMode", "PREMODERATED");
        ArticleView article = TestArticles.fresh(articles);
        assertEquals(CommentMode.PREMODERATED, article.commentMode());
        assertEquals(CommentStatus.PENDING,
                Comments.post(comments, captcha, article, "Reader", "A calm remark about the budget.").status());

        set("defaultCommentMode", "OPEN");
        ArticleView open = TestArticles.fresh(articles);
        assertEquals(CommentMode.OPEN, open.commentMode());
        assertEquals(CommentMode.PREMODERATED, articles.find(article.slug()).orElseThrow().commentMode(),
                "articles that exist keep their mode");
    }

    @Test
    void autoCloseClosesOldArticlesAndZeroOpensThemAgain() {
        ArticleView old = TestArticles.fresh(articles);
        set("autoCloseDays", 30);
        assertEquals(CommentMode.CLOSED, articles.commentModeOf(old));
        given().get(old.path()).then().statusCode(200).body(not(containsString("name=\"text\"")));
        set("autoCloseDays", 0);
        assertEquals(CommentMode.OPEN, articles.commentModeOf(old));
        given().get(old.path()).then().statusCode(200).body(containsString("name=\"text\""));
    }

    @Test
    void thresholdsChangeTheDecisionOfAFilterCheck() {
        // No profanity: the profanity policy would hold it whatever the thresholds, which is not what this is about.
        Map<String, Object> body = Map.of("texts", List.of("You stupid idiot."));
        JsonPath before = Staff.admin().body(body).post("/api/filter/check").then().statusCode(200).extract()
                .jsonPath();
        assertNotEquals("PUBLISH", before.getString("[0].decision"));

        Map<String, Object> looser = new java.util.HashMap<>();
        for (Category c : Category.values()) {
            int score = before.getInt("[0].categories." + c.key());
            looser.put(c.key(), Map.of("hold", score + 1, "reject", score + 2));
        }
        Staff.admin().body(Map.of("thresholds", looser, "note", "looser for a test")).put("/api/admin/settings")
                .then().statusCode(200);
        Staff.admin().body(body).post("/api/filter/check").then().statusCode(200)
                .body("[0].decision", equalTo("PUBLISH"));
        assertEquals("looser for a test", ruleVersions.versions().get(0).note());
    }
}
