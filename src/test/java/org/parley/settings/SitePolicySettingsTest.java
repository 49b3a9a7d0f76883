package org.parley.settings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.filter.Decision;
import org.parley.filter.Policy;
import org.parley.filter.Submission;
import org.parley.filter.ruleset.FilterService;
import org.parley.rules.RuleAdminService;
import org.parley.rules.RuleVersionService;
import org.parley.security.AccountService;
import org.parley.support.Accounts;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The site's policies on profanity and reclaimed slurs as admins set them: on the settings page, through the
 * settings and rules APIs, as part of each rule-set version, and in force on this node at once.
 */
@QuarkusTest
class SitePolicySettingsTest {

    static final String PAGE = "/admin/settings";
    static final String API = "/api/admin/settings";
    /** Profanity that targets nobody, and nothing else the default pack scores. */
    static final String SWEARING = "Fuck yeah, what a day";

    @Inject
    AccountService accounts;

    @Inject
    SettingsAdminService settings;

    @Inject
    RuleAdminService rules;

    @Inject
    RuleVersionService ruleVersions;

    @Inject
    FilterService filter;

    @Inject
    AuditService audit;

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

    private Decision decisionOnSwearing() {
        return filter.check(Submission.of(SWEARING)).decision();
    }

    @Test
    void bothPoliciesHoldByDefaultAndTheDefaultPackPutsProfanityUnderItsPolicy() {
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.PROFANITY));
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.RECLAIMABLE_SLUR));
        assertEquals(Decision.HOLD, decisionOnSwearing());
        Staff.admin().get("/api/rules").then().statusCode(200)
                .body("find { it.name == 'profanity' }.policy", equalTo("profanity"))
                .body("find { it.name == 'insults' }.policy", equalTo(null));
    }

    @Test
    void thePageShowsEachPolicyWithItsLabelHelpAndSetting() {
        Accounts.Page page = adminPage();
        String html = page.html();
        assertTrue(html.contains("<h2 id=\"policies-title\">Site policies</h2>"));
        assertTrue(html.contains("<label for=\"field-policy-profanity\">Profanity aimed at no one</label>"));
        assertTrue(html.contains("<label for=\"field-policy-reclaimable-slur\">Reclaimed slurs</label>"));
        assertTrue(html.contains("name=\"policies.profanity\" aria-describedby=\"help-policy-profanity\""));
        assertTrue(html.contains("Hold lets a moderator judge it in context"));
        assertTrue(html.matches("(?s).*name=\"policies.profanity\".*?<option value=\"HOLD\" selected>hold for a "
                + "moderator</option>.*"), "the setting in force is chosen");
        assertTrue(html.contains("action=\"/admin/settings/policies\""));
    }

    @Test
    void savingAPolicyMakesANewVersionWithTheNoteAndIsInForceAtOnce() {
        long versions = ruleVersions.versions().size();
        Response saved = adminPage().post().formParam("policies.profanity", "PUBLISH")
                .formParam("policies.reclaimable-slur", "HOLD").formParam("policyNote", "swearing is fine here")
                .post(PAGE + "/policies");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.getHeader("Location").endsWith("done=policies"));
        assertEquals(Decision.PUBLISH, rules.thresholds().policy(Policy.PROFANITY));
        assertEquals(Decision.PUBLISH, decisionOnSwearing(), "in force on this node as the change commits");
        assertEquals(versions + 1, ruleVersions.versions().size());
        RuleVersionService.VersionView latest = ruleVersions.versions().get(0);
        assertEquals("swearing is fine here", latest.note());
        assertEquals(Staff.ADMIN, latest.actor());
        assertTrue(audit.search(Staff.ADMIN, AuditAction.RULES, null, 0).get(0).details()
                .contains("policies: {\"profanity\":\"HOLD\",\"reclaimable-slur\":\"HOLD\"} -> "
                        + "{\"profanity\":\"PUBLISH\",\"reclaimable-slur\":\"HOLD\"}"));
        String html = Accounts.Page.open(Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD), saved.getHeader("Location"))
                .html();
        assertTrue(html.contains("Saved the site&#39;s policies as a new rule-set version"),
                "the page says so after the redirect");
        assertTrue(html.matches("(?s).*name=\"policies.profanity\".*?<option value=\"PUBLISH\" selected>.*"));
    }

    @Test
    void savingThePoliciesUnchangedMakesNoVersion() {
        long versions = ruleVersions.versions().size();
        Response same = adminPage().post().formParam("policies.profanity", "HOLD")
                .formParam("policies.reclaimable-slur", "HOLD").post(PAGE + "/policies");
        assertEquals(303, same.statusCode());
        assertTrue(same.getHeader("Location").endsWith("done=unchanged"));
        assertEquals(versions, ruleVersions.versions().size());
    }

    @Test
    void aWrongSettingIsRefusedAtItsFieldWithWhatWasTypedKept() {
        long versions = ruleVersions.versions().size();
        Response refused = adminPage().post().formParam("policies.profanity", "sometimes")
                .formParam("policies.reclaimable-slur", "REJECT").formParam("policyNote", "kept note")
                .post(PAGE + "/policies");
        assertEquals(400, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("Profanity aimed at no one is set to publish, hold or reject."));
        assertTrue(html.matches("(?s).*name=\"policies.profanity\"[^>]*aria-invalid=\"true\".*"));
        assertTrue(html.contains("<option value=\"sometimes\" selected>sometimes</option>"), "typed value shown");
        assertTrue(html.matches("(?s).*name=\"policies.reclaimable-slur\".*?<option value=\"REJECT\" selected>.*"),
                "the other field keeps what was chosen");
        assertTrue(html.contains("value=\"kept note\""));
        assertEquals(versions, ruleVersions.versions().size(), "nothing changed");
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.RECLAIMABLE_SLUR));
    }

    @Test
    void moderatorsCannotChangeThePolicies() {
        Staff.Session moderator = Staff.login(Staff.MODERATOR, Staff.PASSWORD);
        Accounts.Page own = Accounts.Page.open(moderator, "/account/password");
        own.post().formParam("policies.profanity", "PUBLISH").post(PAGE + "/policies").then().statusCode(403);
        Staff.moderator().body(Map.of("policies", Map.of("profanity", "PUBLISH"))).put(API).then().statusCode(403);
        Staff.moderator().body(Map.of("profanity", "PUBLISH")).put("/api/rules/policies").then().statusCode(403);
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.PROFANITY));
    }

    @Test
    void theSettingsApiShowsAndChangesThePolicies() {
        Staff.admin().get(API).then().statusCode(200)
                .body("policies.profanity", equalTo("HOLD"))
                .body("policies.reclaimable-slur", equalTo("HOLD"));
        Staff.admin().body(Map.of("policies", Map.of("profanity", "reject"), "note", "no swearing"))
                .put(API).then().statusCode(200)
                .body("policies.profanity", equalTo("REJECT"))
                .body("policies.reclaimable-slur", equalTo("HOLD"));
        assertEquals(Decision.REJECT, decisionOnSwearing());
        assertEquals("no swearing", ruleVersions.versions().get(0).note());
    }

    @Test
    void theSettingsApiRefusesAWrongPolicyNamingItAndChangesNothingElse() {
        Staff.admin().body(Map.of("reportThreshold", 7, "policies", Map.of("profanity", "ALLOW"))).put(API).then()
                .statusCode(400).body("field", equalTo("policies.profanity"))
                .body("error", containsString("publish, hold or reject"));
        Staff.admin().body(Map.of("policies", Map.of("swearing", "HOLD"))).put(API).then().statusCode(400)
                .body("field", equalTo("policies.swearing"));
        Staff.admin().body(Map.of("policies", List.of("HOLD"))).put(API).then().statusCode(400)
                .body("field", equalTo("policies"));
        assertEquals("3", settings.find("reportThreshold").value(), "all or nothing");
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.PROFANITY));
    }

    @Test
    void theRulesApiKeepsPoliciesWithVersionsExportsDiffsAndRestores() {
        long before = ruleVersions.liveVersion();
        Staff.admin().get("/api/rules/policies").then().statusCode(200).body("profanity", equalTo("HOLD"));
        int after = Staff.admin().body(Map.of("profanity", "PUBLISH", "note", "let it through"))
                .put("/api/rules/policies").then().statusCode(200)
                .body("profanity", equalTo("PUBLISH")).extract().path("ruleSetVersion");
        Staff.admin().body(Map.of("profanity", "maybe")).put("/api/rules/policies").then().statusCode(400)
                .body("field", equalTo("profanity"));
        Staff.admin().get("/api/rules/versions/" + after).then().statusCode(200)
                .body("policies.profanity", equalTo("PUBLISH"));
        Staff.admin().get("/api/rules/versions/" + before + "/diff/" + after).then().statusCode(200)
                .body("policies[0].field", equalTo("profanity"))
                .body("policies[0].from", equalTo("HOLD"))
                .body("policies[0].to", equalTo("PUBLISH"));
        Staff.admin().get("/api/rules/export").then().statusCode(200)
                .body("policies.profanity", equalTo("PUBLISH"))
                .body("rules.find { it.name == 'profanity' }.policy", equalTo("profanity"));
        Staff.admin().body(Map.of()).post("/api/rules/versions/" + before + "/restore").then().statusCode(201);
        assertEquals(Decision.HOLD, rules.thresholds().policy(Policy.PROFANITY), "a restore brings the setting back");
        assertEquals(Decision.HOLD, decisionOnSwearing());
    }

    @Test
    void aRulesPolicyIsSetAndClearedThroughTheRulesApiAndShownInTheDiff() {
        long before = ruleVersions.liveVersion();
        int id = Staff.admin().body(Map.of("name", "reclaimable-test-" + System.nanoTime(), "type", "TERMS",
                "category", "abusive", "score", 8, "policy", "reclaimable-slur", "terms", List.of("zorblaxers")))
                .post("/api/rules").then().statusCode(201).body("policy", equalTo("reclaimable-slur"))
                .extract().path("id");
        assertEquals(Decision.HOLD, filter.check(Submission.of("We zorblaxers are proud")).decision());
        assertEquals(0, filter.check(Submission.of("We zorblaxers are proud")).score());
        Staff.admin().body(Map.of("policy", "reclaimable")).put("/api/rules/" + id).then().statusCode(400)
                .body("field", equalTo("policy"));
        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("policy", null);
        int cleared = Staff.admin().body(clear).put("/api/rules/" + id).then().statusCode(200)
                .body("policy", equalTo(null)).extract().path("ruleSetVersion");
        assertEquals(8, filter.check(Submission.of("We zorblaxers are proud")).score(), "its score counts again");
        Staff.admin().get("/api/rules/versions/" + (cleared - 1) + "/diff/" + cleared).then().statusCode(200)
                .body("changed[0].fields.field", hasItem("policy"));
        Staff.admin().delete("/api/rules/" + id).then().statusCode(200);
        assertTrue(ruleVersions.liveVersion() > before);
    }
}
