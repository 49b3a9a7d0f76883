package org.parley.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.captcha.CaptchaService;
import org.parley.filter.Category;
import org.parley.rules.RuleAdminService;
import org.parley.rules.RuleVersionService;
import org.parley.security.AccountService;
import org.parley.support.Accounts;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The settings page and its JSON: who may use them, forms, validation and the audit trail. */
@QuarkusTest
class SettingsResourceTest {

    static final String PAGE = "/admin/settings";
    static final String API = "/api/admin/settings";

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    SettingsAdminService settings;

    @Inject
    RuleAdminService rules;

    @Inject
    RuleVersionService ruleVersions;

    @Inject
    CaptchaService captcha;

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

    private static Accounts.Page adminPage() {
        return Accounts.Page.open(Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD), PAGE);
    }

    private String value(String name) {
        return settings.find(name).value();
    }

    private List<AuditView> settingsAudit() {
        return audit.search(null, AuditAction.SETTINGS, null, 0);
    }

    @Test
    void anAdminSeesEverySettingWithItsSourceTheThresholdsAndTheNavLink() {
        Accounts.Page page = adminPage();
        assertEquals(200, page.status());
        for (String field : List.of("defaultCommentMode", "autoCloseDays", "reportThreshold", "hideReported",
                "banAction", "captchaEnabled", "reportsPerHour")) {
            assertTrue(page.html().contains("name=\"" + field + "\""), field);
        }
        for (Category c : Category.values()) {
            assertTrue(page.html().contains("name=\"" + c.key() + ".hold\""));
            assertTrue(page.html().contains("name=\"" + c.key() + ".reject\""));
        }
        assertTrue(page.html().contains("parley.moderation.report-threshold"));
        assertTrue(page.html().contains("parley.captcha.enabled"));
        assertTrue(page.html().contains("<a href=\"/admin/settings\" aria-current=\"page\">Settings</a>"));
        assertFalse(page.html().contains("/reset\""), "nothing is overridden, so there is nothing to reset");
        assertFalse(page.html().contains("captcha is turned off"));
        assertTrue(page.token() != null, "the forms carry a CSRF token");
        page.session().request().get("/moderation").then().statusCode(200)
                .body(containsString("<a href=\"/admin/settings\">Settings</a>"));
    }

    @Test
    void moderatorsAreForbiddenAndSeeNoLinkAndStrangersAreSentToLogIn() {
        Staff.Session moderator = Staff.login(Staff.MODERATOR, Staff.PASSWORD);
        moderator.request().get("/moderation").then().statusCode(200).body(not(containsString("/admin/settings")));
        moderator.request().accept("text/html").get(PAGE).then().statusCode(403);
        Accounts.Page own = Accounts.Page.open(moderator, "/account/password");
        own.post().formParam("reportThreshold", "1").post(PAGE).then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(302).header("Location", containsString("/login"));

        Staff.moderator().get(API).then().statusCode(403);
        Staff.moderator().body(Map.of("reportThreshold", 1)).put(API).then().statusCode(403);
        Staff.anonymous().get(API).then().statusCode(401);
        Staff.anonymous().body(Map.of("reportThreshold", 1)).put(API).then().statusCode(401);
        assertEquals("3", value("reportThreshold"));
    }

    @Test
    void savingTheFormRedirectsWithANoticeAuditsAndShowsTheValueAsSetByTheAdmin() {
        Accounts.Page page = adminPage();
        Response saved = page.post().formParam("defaultCommentMode", "OPEN").formParam("autoCloseDays", "0")
                .formParam("reportThreshold", "5").formParam("hideReported", "false").formParam("banAction", "HOLD")
                .formParam("captchaEnabled", "true").formParam("reportsPerHour", "20").post(PAGE);
        assertEquals(303, saved.statusCode());
        assertTrue(saved.getHeader("Location").endsWith("/admin/settings?done=saved"));
        assertEquals("5", value("reportThreshold"));
        assertTrue(settings.find("reportThreshold").overridden());
        assertFalse(settings.find("banAction").overridden(), "values sent back unchanged stay with the configuration");

        AuditView entry = settingsAudit().get(0);
        assertEquals(Staff.ADMIN, entry.actor());
        assertEquals("3", entry.before());
        assertEquals("5", entry.after());
        assertTrue(entry.details().contains("parley.moderation.report-threshold"));
        assertEquals(1, settingsAudit().stream().filter(e -> e.batch().equals(entry.batch())).count(),
                "one entry: only the value that changed");

        String html = Accounts.Page.open(page.session(), PAGE + "?done=saved").html();
        assertTrue(html.contains("Saved."));
        assertTrue(html.contains("set by admin"));
        assertTrue(html.contains("action=\"/admin/settings/reportThreshold/reset\""));
    }

    @Test
    void resetGoesBackToTheConfiguredValueAndIsAudited() {
        settings.change(Staff.ADMIN, Map.of("reportsPerHour", "7"));
        Accounts.Page page = adminPage();
        Response reset = page.post().post(PAGE + "/reportsPerHour/reset");
        assertEquals(303, reset.statusCode());
        assertTrue(reset.getHeader("Location").contains("done=reset"));
        assertEquals("20", value("reportsPerHour"));
        assertFalse(settings.find("reportsPerHour").overridden());
        AuditView entry = settingsAudit().get(0);
        assertEquals("7", entry.before());
        assertEquals("20", entry.after());
        assertTrue(entry.details().contains("reset to the configured default"));
        assertTrue(Accounts.Page.open(page.session(), reset.getHeader("Location")).html()
                .contains("back to the configured value, 20"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Accounts.Page page = adminPage();
        int entries = settingsAudit().size();
        page.withoutToken().formParam("reportThreshold", "1").post(PAGE).then().statusCode(403);
        page.withoutToken().formParam("csrf-token", "forged").formParam("captchaEnabled", "false").post(PAGE).then()
                .statusCode(403);
        page.withoutToken().formParam("racist.hold", "500").formParam("racist.reject", "600")
                .post(PAGE + "/thresholds").then().statusCode(403);
        settings.change(Staff.ADMIN, Map.of("reportsPerHour", "9"));
        page.withoutToken().post(PAGE + "/reportsPerHour/reset").then().statusCode(403);
        assertEquals("3", value("reportThreshold"));
        assertEquals("true", value("captchaEnabled"));
        assertEquals("9", value("reportsPerHour"));
        assertEquals(saved.thresholds().get("racist").get("hold").asInt(), rules.thresholds().hold(Category.RACIST));
        assertEquals(entries + 1, settingsAudit().size(), "only the change made here through the service");
    }

    @Test
    void aWrongValueIsShownAgainAt400NextToItsFieldWithTheInputKept() {
        Accounts.Page page = adminPage();
        Response refused = page.post().formParam("reportThreshold", "zero").formParam("autoCloseDays", "14")
                .post(PAGE);
        assertEquals(400, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("Report threshold must be a whole number from 1 to 1000."));
        assertTrue(html.contains("name=\"reportThreshold\" value=\"zero\""));
        assertTrue(html.matches("(?s).*name=\"reportThreshold\" value=\"zero\"[^>]*aria-invalid=\"true\".*"));
        assertTrue(html.contains("name=\"autoCloseDays\" value=\"14\""), "the other input is kept too");
        assertEquals("0", value("autoCloseDays"), "nothing is stored when one value is wrong");

        page.post().formParam("banAction", "IGNORE").post(PAGE).then().statusCode(400)
                .body(containsString("must be one of HOLD, REFUSE"));
        page.post().formParam("defaultCommentMode", "CLOSED").post(PAGE).then().statusCode(400);
        page.post().formParam("reportsPerHour", "0").post(PAGE).then().statusCode(400);
        page.post().formParam("captchaEnabled", "maybe").post(PAGE).then().statusCode(400);
    }

    @Test
    void aRejectThresholdNotAboveHoldIsRefusedWithTheInputKept() {
        Accounts.Page page = adminPage();
        long versions = ruleVersions.versions().size();
        Response refused = page.post().formParam("abusive.hold", "40").formParam("abusive.reject", "40")
                .formParam("note", "too strict").post(PAGE + "/thresholds");
        assertEquals(400, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("must be above its hold threshold"));
        assertTrue(html.matches("(?s).*name=\"abusive.reject\" value=\"40\"[^>]*aria-invalid=\"true\".*"));
        assertTrue(html.contains("value=\"too strict\""));
        page.post().formParam("racist.hold", "-1").post(PAGE + "/thresholds").then().statusCode(400)
                .body(containsString("whole number from 1 to 1000"));
        assertEquals(versions, ruleVersions.versions().size());
    }

    @Test
    void savingThresholdsMakesANewRuleSetVersionWithTheNote() {
        Accounts.Page page = adminPage();
        int hold = rules.thresholds().hold(Category.OFFTOPIC);
        int reject = rules.thresholds().reject(Category.OFFTOPIC);
        Response saved = page.post().formParam("offtopic.hold", String.valueOf(hold + 1))
                .formParam("offtopic.reject", String.valueOf(Math.max(reject, hold + 1) + 1))
                .formParam("note", "looser off-topic").post(PAGE + "/thresholds");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.getHeader("Location").endsWith("done=thresholds"));
        assertEquals(hold + 1, rules.thresholds().hold(Category.OFFTOPIC));
        RuleVersionService.VersionView latest = ruleVersions.versions().get(0);
        assertEquals("looser off-topic", latest.note());
        assertEquals(Staff.ADMIN, latest.actor());
        assertTrue(latest.live());
        assertEquals(AuditAction.RULES, audit.search(Staff.ADMIN, AuditAction.RULES, null, 0).get(0).action());
    }

    @Test
    void turningTheCaptchaOffShowsAClearWarning() {
        settings.change(Staff.ADMIN, Map.of("captchaEnabled", "false"));
        String html = adminPage().html();
        assertTrue(html.contains("The captcha is turned off: anyone, bots included, can post comments."));
    }

    @Test
    void theApiShowsValuesWithTheirSourceAndChangesAndResetsThem() {
        Staff.admin().get(API).then().statusCode(200)
                .body("reportThreshold.value", equalTo(3))
                .body("reportThreshold.configured", equalTo(3))
                .body("reportThreshold.source", equalTo("configuration"))
                .body("reportThreshold.property", equalTo("parley.moderation.report-threshold"))
                .body("captchaEnabled.value", equalTo(true))
                .body("banAction.value", equalTo("HOLD"))
                .body("defaultCommentMode.value", equalTo("OPEN"))
                .body("thresholds.racist.hold", equalTo(rules.thresholds().hold(Category.RACIST)));

        Staff.admin().body(Map.of("reportThreshold", 4, "banAction", "refuse")).put(API).then().statusCode(200)
                .body("reportThreshold.value", equalTo(4))
                .body("reportThreshold.source", equalTo("admin"))
                .body("reportThreshold.changedBy", equalTo(Staff.ADMIN))
                .body("banAction.value", equalTo("REFUSE"));
        assertEquals(2, settingsAudit().stream().limit(2).filter(e -> e.actor().equals(Staff.ADMIN)).count());

        Map<String, Object> reset = new java.util.HashMap<>();
        reset.put("reportThreshold", null);
        Staff.admin().body(reset).put(API).then().statusCode(200)
                .body("reportThreshold.value", equalTo(3))
                .body("reportThreshold.source", equalTo("configuration"));
    }

    @Test
    void theApiRefusesWrongValuesNamingTheFieldAndStoresNothing() {
        Staff.admin().body(Map.of("reportsPerHour", 5, "reportThreshold", -2)).put(API).then().statusCode(400)
                .body("field", equalTo("reportThreshold"));
        Staff.admin().body(Map.of("noSuchSetting", 1)).put(API).then().statusCode(400)
                .body("field", equalTo("noSuchSetting"));
        Staff.admin().body(Map.of("thresholds", Map.of("racist", Map.of("hold", 9, "reject", 8)))).put(API).then()
                .statusCode(400).body("field", equalTo("racist.reject"));
        Staff.admin().body("[1]").put(API).then().statusCode(400);
        assertEquals("20", value("reportsPerHour"), "all or nothing");
    }
}
