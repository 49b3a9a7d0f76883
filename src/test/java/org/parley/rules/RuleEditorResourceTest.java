package org.parley.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.captcha.CaptchaService;
import org.parley.security.AccountService;
import org.parley.support.Accounts;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The admins' rule editor without JavaScript, and the rule examples and published-comments warning under it (API
 * and pages). Every test restores the rule-set version it started from.
 */
@QuarkusTest
class RuleEditorResourceTest {

    static final String PAGE = "/admin/rules";
    static final Pattern JOB = Pattern.compile("/admin/backtest/([0-9a-f-]{36})\\?draft=([0-9a-f-]{36})");

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    long startVersion;

    @BeforeEach
    void rememberTheVersionInForce() {
        Staff.exist(accounts);
        startVersion = latestVersion();
    }

    @AfterEach
    void restoreTheVersionWeStartedFrom() {
        if (latestVersion() != startVersion) {
            Staff.admin().post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(201);
        }
    }

    static long latestVersion() {
        return Staff.admin().get("/api/rules/versions").jsonPath().getLong("[0].id");
    }

    static Accounts.Page adminPage(String path) {
        return Accounts.Page.open(Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD), path);
    }

    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            w.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return w.toString();
    }

    /** The editor's form for a new term list, as a browser posts it. */
    static RequestSpecification termsForm(Accounts.Page page, String name, String terms) {
        return termsForm(page, name, terms, "5");
    }

    static RequestSpecification termsForm(Accounts.Page page, String name, String terms, String score) {
        return page.post().formParam("id", "").formParam("original", "").formParam("type", "TERMS")
                .formParam("name", name).formParam("description", "made up for a test").formParam("category", "abusive")
                .formParam("score", score).formParam("mode", "OBSERVE").formParam("enabled", "true")
                .formParam("terms", terms).formParam("match", "").formParam("exceptions", "").formParam("field", "");
    }

    @Test
    void onlyAdminsGetThePagesStrangersAreSentToLogIn() {
        for (String path : List.of(PAGE, PAGE + "/new?type=REGEX", PAGE + "/versions")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/login"));
            Staff.moderator().accept("text/html").get(path).then().statusCode(403);
        }
        Staff.Session moderator = Staff.login(Staff.MODERATOR, Staff.PASSWORD);
        moderator.request().get("/moderation").then().statusCode(200).body(not(containsString("href=\"/admin/rules\"")));
        Accounts.Page own = Accounts.Page.open(moderator, "/account/password");
        own.post().formParam("name", "x").formParam("type", "TERMS").post(PAGE + "/edit").then().statusCode(403);
        long anyRule = Staff.admin().get("/api/rules").jsonPath().getLong("[0].id");
        own.post().formParam("enabled", "false").post(PAGE + "/" + anyRule + "/enabled").then().statusCode(403);
        own.post().formParam("confirm", "yes").post(PAGE + "/versions/1/restore").then().statusCode(403);
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void theListShowsEveryRuleWithItsRecordAndSortsFiltersAndSearches() {
        Accounts.Page page = adminPage(PAGE);
        assertEquals(200, page.status());
        String html = page.html();
        assertTrue(html.contains("<a href=\"/admin/rules\" aria-current=\"page\">Rules</a>"), "the nav link");
        assertTrue(html.contains(">n-word</a>") && html.contains(">profanity-at-person</a>"));
        assertTrue(html.contains("Hits 30 d") && html.contains("Hits 7 d") && html.contains("Overturned"));
        String regex = page.session().request().get(PAGE + "?type=REGEX").asString();
        assertTrue(regex.contains(">profanity-at-person</a>"));
        assertFalse(regex.contains(">n-word</a>"));
        String found = page.session().request().get(PAGE + "?q=N-WORD").asString();
        assertTrue(found.contains(">n-word</a>"));
        assertFalse(found.contains(">profanity-at-person</a>"));
        String byScore = page.session().request().get(PAGE + "?sort=score&dir=desc").asString();
        assertTrue(byScore.contains("aria-sort=\"descending\""));
        String byName = page.session().request().get(PAGE + "?sort=name&dir=asc").asString();
        assertTrue(byName.indexOf(">contact-details</a>") < byName.indexOf(">n-word</a>"));
        String observing = page.session().request().get(PAGE + "?mode=OBSERVE&enabled=false&category=racist").asString();
        assertTrue(observing.contains("No rule matches.") || observing.contains("adm-disabled"));
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        Accounts.Page page = adminPage(PAGE);
        long anyRule = Staff.admin().get("/api/rules").jsonPath().getLong("[0].id");
        page.withoutToken().formParam("enabled", "false").post(PAGE + "/" + anyRule + "/enabled").then()
                .statusCode(403);
        page.withoutToken().post(PAGE + "/" + anyRule + "/delete").then().statusCode(403);
        page.withoutToken().formParam("name", word()).formParam("type", "TERMS").formParam("terms", "x")
                .formParam("action", "save").post(PAGE + "/edit").then().statusCode(403);
        page.withoutToken().formParam("confirm", "yes").post(PAGE + "/versions/1/restore").then().statusCode(403);
        assertEquals(startVersion, latestVersion());
        assertTrue(Staff.admin().get("/api/rules/" + anyRule).jsonPath().getBoolean("enabled"));
    }

    @Test
    void invalidInputIsShownNextToItsFieldWithTheInputKept() {
        Accounts.Page page = adminPage(PAGE + "/new?type=REGEX");
        assertEquals(200, page.status());
        String name = "broken-" + word();
        String html = page.post().formParam("type", "REGEX").formParam("name", name).formParam("category", "abusive")
                .formParam("score", "5").formParam("mode", "ENFORCE").formParam("pattern", "(unclosed")
                .formParam("action", "save").post(PAGE + "/edit").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"err-pattern\""), html);
        assertTrue(html.contains("(unclosed</textarea>"));
        assertTrue(html.contains("value=\"" + name + "\""));

        html = termsForm(page, name, "badword", "500").formParam("action", "save")
                .post(PAGE + "/edit").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"err-score\""), html);
        assertTrue(html.contains("value=\"500\""));

        html = termsForm(page, name, "  \n ").formParam("action", "save").post(PAGE + "/edit").then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("id=\"err-terms\""), html);

        html = termsForm(page, name, "word | sideways").formParam("action", "save").post(PAGE + "/edit").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("unknown option"), html);
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void theApiRefusesARuleThatFailsItsOwnExamplesAndExportAndImportCarryThem() {
        String w = word();
        Map<String, Object> failing = Map.of("name", "ex-" + w, "type", "TERMS", "category", "abusive", "score", 5,
                "terms", List.of(w), "examples", Map.of("match", List.of("a " + w + " here", "nothing to see"),
                        "noMatch", List.of("an innocent " + w + "s text", "the " + w)));
        Response refused = Staff.admin().body(failing).post("/api/rules");
        refused.then().statusCode(400).body("field", equalTo("examples"))
                .body("error", containsString("must match \"nothing to see\""))
                .body("error", containsString("must not match \"the " + w + "\""))
                .body("error", not(containsString("a " + w + " here")));
        assertEquals(startVersion, latestVersion());

        Map<String, Object> passing = Map.of("name", "ex-" + w, "type", "TERMS", "category", "abusive", "score", 5,
                "mode", "OBSERVE", "terms", List.of(w), "examples",
                Map.of("match", List.of("a " + w + " here"), "noMatch", List.of("nothing to see")));
        long id = Staff.admin().body(passing).post("/api/rules").then().statusCode(201)
                .body("examples.match", hasItem("a " + w + " here")).extract().jsonPath().getLong("id");
        // New terms keep the examples, which then must still pass.
        Staff.admin().body(Map.of("terms", List.of("other" + w))).put("/api/rules/" + id).then().statusCode(400)
                .body("field", equalTo("examples"));
        Staff.admin().body(Map.of("terms", List.of(w, "other" + w))).put("/api/rules/" + id).then().statusCode(200)
                .body("examples.noMatch", hasItem("nothing to see"));

        JsonPath export = Staff.admin().get("/api/rules/export").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rules = export.getList("rules");
        int index = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (("ex-" + w).equals(rules.get(i).get("name"))) {
                index = i;
            }
        }
        assertTrue(index >= 0);
        assertEquals(List.of("a " + w + " here"), export.getList("rules[" + index + "].params.examples.match"));
        Map<String, Object> pack = export.getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) rules.get(index).get("params");
        params.put("examples", Map.of("match", List.of("not here at all")));
        pack.put("rules", rules);
        Staff.admin().body(pack).post("/api/rules/import").then().statusCode(400)
                .body("field", equalTo("rules[" + index + "].examples"));
    }

    @Test
    void theEditorRunsTheExamplesAndNamesTheOnesThatFail() {
        Accounts.Page page = adminPage(PAGE + "/new?type=TERMS");
        String w = word();
        String html = termsForm(page, "ex-" + w, w).formParam("examplesMatch", "says " + w + "\nno such thing")
                .formParam("examplesNoMatch", "clean").formParam("action", "save").post(PAGE + "/edit").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"err-examples\""), html);
        assertTrue(html.contains("Must match <q>no such thing</q>"), html);
        assertFalse(html.contains("<q>says " + w + "</q>"));
        assertTrue(html.contains("says " + w + "\nno such thing</textarea>"), "the input is kept");
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void aNewTermThatHitsPublishedCommentsIsWarnedAboutWithExamples() {
        String w = word();
        String text = "A perfectly fine remark about " + w + " and the budget.";
        long comment = TestComments.published(captcha, TestArticles.fresh(articles), "Warned reader", text);

        Staff.admin().body(Map.of("name", "warn-" + w, "type", "TERMS", "category", "abusive", "score", 5,
                "terms", List.of(w))).post("/api/rules/preview").then().statusCode(200)
                .body("approvedHits", equalTo(1)).body("examples[0].commentId", equalTo((int) comment))
                .body("examples[0].text", equalTo(text));
        Staff.admin().body(Map.of("name", "warn-" + w, "type", "TERMS", "category", "abusive", "score", 5,
                "terms", List.of(w + "nothing"))).post("/api/rules/preview").then().statusCode(200)
                .body("approvedHits", equalTo(0));

        Accounts.Page page = adminPage(PAGE + "/new?type=TERMS");
        String html = termsForm(page, "warn-" + w, w).formParam("action", "save").post(PAGE + "/edit").then()
                .statusCode(409).extract().asString();
        assertTrue(html.contains("This rule would hit 1 published comment"), html);
        assertTrue(html.contains(text));
        assertTrue(html.contains("value=\"confirm\""), "a second confirmation saves it");
        assertTrue(html.contains("Not saved: run a back-test"));
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void theTestBenchChecksATextWithAKeptDraftInsteadOfTheLiveRules() {
        Accounts.Page page = adminPage(PAGE + "/new?type=TERMS");
        String w = word();
        Response started = termsForm(page, "bench-" + w, w, "5").formParam("action", "backtest")
                .post(PAGE + "/edit");
        assertEquals(303, started.statusCode(), started.asString());
        String key = started.getHeader("Location").replaceFirst(".*/drafts/", "");
        String draftPage = page.session().request().get(started.getHeader("Location")).then().statusCode(200)
                .extract().asString();
        assertTrue(draftPage.contains("/admin/test-bench?draft=" + key), draftPage);

        Accounts.Page bench = adminPage("/admin/test-bench?draft=" + key);
        assertTrue(bench.html().contains("Checking with the <strong>draft</strong>"), bench.html());
        bench.post().formParam("text", "a sentence with " + w + " in it").formParam("userName", "")
                .formParam("article", "").formParam("draft", key).post("/admin/test-bench").then().statusCode(200)
                .body(containsString("bench-" + w));
        bench.post().formParam("text", "a sentence with " + w + " in it").formParam("userName", "")
                .formParam("article", "").post("/admin/test-bench").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("bench-" + w)));
    }

    @Test
    void savingIsRefusedUntilABackTestOfExactlyThisDraftWasViewed() {
        Accounts.Page page = adminPage(PAGE + "/new?type=TERMS");
        String w = word();
        String name = "bt-" + w;
        String html = termsForm(page, name, w + " | prefix | except: " + w + "ish")
                .formParam("examplesMatch", "so " + w + "s").formParam("action", "save").post(PAGE + "/edit")
                .then().statusCode(409).extract().asString();
        assertTrue(html.contains("Not saved: run a back-test of exactly this draft"), html);
        assertEquals(startVersion, latestVersion());

        Response started = termsForm(page, name, w + " | prefix | except: " + w + "ish")
                .formParam("examplesMatch", "so " + w + "s").formParam("action", "backtest").post(PAGE + "/edit");
        assertEquals(303, started.statusCode(), started.asString());
        String draftPage = page.session().request().get(started.getHeader("Location")).then().statusCode(200)
                .extract().asString();
        Matcher m = JOB.matcher(draftPage);
        assertTrue(m.find(), draftPage);
        assertTrue(draftPage.contains(w + " | prefix | except: " + w + "ish</textarea>"), "the draft is kept");
        String result = viewBackTest(page, m.group(1), m.group(2));
        assertTrue(result.contains("Back to the draft"));

        // A different draft is still refused; exactly the back-tested one is saved.
        termsForm(page, name, w).formParam("examplesMatch", "so " + w).formParam("action", "save")
                .post(PAGE + "/edit").then().statusCode(409);
        Response saved = termsForm(page, name, w + " | prefix | except: " + w + "ish")
                .formParam("examplesMatch", "so " + w + "s").formParam("note", "editor test").formParam("action", "save")
                .post(PAGE + "/edit");
        assertEquals(303, saved.statusCode(), saved.asString());
        page.session().request().get(saved.getHeader("Location")).then().statusCode(200)
                .body(containsString("Saved the rule " + name));
        JsonPath rule = Staff.admin().get("/api/rules").jsonPath();
        Map<String, Object> stored = rule.getMap("find { it.name == '" + name + "' }");
        assertEquals(List.of(Map.of("term", w, "match", "PREFIX", "exceptions", List.of(w + "ish"))),
                stored.get("terms"));
        assertEquals(Map.of("match", List.of("so " + w + "s"), "noMatch", List.of()), stored.get("examples"));
        assertEquals("editor test", Staff.admin().get("/api/rules/versions").jsonPath().getString("[0].note"));

        // The edit page shows it as lines again.
        long id = ((Number) stored.get("id")).longValue();
        page.session().request().get(PAGE + "/" + id).then().statusCode(200)
                .body(containsString(w + " | prefix | except: " + w + "ish</textarea>"));
    }

    @Test
    void aRulesSitePolicyIsChosenInTheEditorSavedAndShownAgain() {
        Accounts.Page page = adminPage(PAGE + "/new?type=TERMS");
        assertTrue(page.html().contains("<option value=\"\" selected>none (its score counts)</option>"));
        assertTrue(page.html().contains("<option value=\"profanity\">profanity</option>"));
        String w = word();
        String name = "policy-" + w;
        String refused = termsForm(page, name, w).formParam("policy", "swearing").formParam("action", "save")
                .post(PAGE + "/edit").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"err-policy\""), refused);
        assertTrue(refused.contains("<option value=\"swearing\" selected>swearing</option>"), "what was sent is kept");

        Response started = termsForm(page, name, w).formParam("policy", "reclaimable-slur")
                .formParam("action", "backtest").post(PAGE + "/edit");
        assertEquals(303, started.statusCode(), started.asString());
        String draftPage = page.session().request().get(started.getHeader("Location")).then().statusCode(200)
                .extract().asString();
        Matcher m = JOB.matcher(draftPage);
        assertTrue(m.find(), draftPage);
        viewBackTest(page, m.group(1), m.group(2));
        Response saved = termsForm(page, name, w).formParam("policy", "reclaimable-slur").formParam("action", "save")
                .post(PAGE + "/edit");
        assertEquals(303, saved.statusCode(), saved.asString());
        Map<String, Object> stored = Staff.admin().get("/api/rules").jsonPath()
                .getMap("find { it.name == '" + name + "' }");
        assertEquals("reclaimable-slur", stored.get("policy"));
        long id = ((Number) stored.get("id")).longValue();
        page.session().request().get(PAGE + "/" + id).then().statusCode(200)
                .body(containsString("<option value=\"reclaimable-slur\" selected>reclaimable-slur</option>"));
    }

    @Test
    void rulesAreDisabledEnabledAndDeletedFromTheList() {
        String w = word();
        long id = Staff.admin().body(Map.of("name", "list-" + w, "type", "TERMS", "category", "offtopic", "score", 1,
                "mode", "OBSERVE", "terms", List.of(w))).post("/api/rules").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Accounts.Page page = adminPage(PAGE);
        Response off = page.post().formParam("enabled", "false").post(PAGE + "/" + id + "/enabled");
        assertEquals(303, off.statusCode());
        assertFalse(Staff.admin().get("/api/rules/" + id).jsonPath().getBoolean("enabled"));
        page.session().request().get(off.getHeader("Location")).then().body(containsString("Disabled the rule list-" + w));
        page.post().formParam("enabled", "true").post(PAGE + "/" + id + "/enabled").then().statusCode(303);
        assertTrue(Staff.admin().get("/api/rules/" + id).jsonPath().getBoolean("enabled"));
        page.post().post(PAGE + "/" + id + "/delete").then().statusCode(303);
        Staff.admin().get("/api/rules/" + id).then().statusCode(404);
    }

    @Test
    void versionsAreComparedWithTheLiveOneAndRestoredInOneAction() {
        String w = word();
        Staff.admin().body(Map.of("name", "ver-" + w, "type", "TERMS", "category", "offtopic", "score", 1,
                "mode", "OBSERVE", "terms", List.of(w))).post("/api/rules").then().statusCode(201);
        Accounts.Page page = adminPage(PAGE + "/versions?compare=" + startVersion);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("Rules only in the live version"));
        assertTrue(page.html().contains("<code>ver-" + w + "</code>"));
        page.post().post(PAGE + "/versions/" + startVersion + "/restore").then().statusCode(400);
        Response restored = page.post().formParam("confirm", "yes").post(PAGE + "/versions/" + startVersion + "/restore");
        assertEquals(303, restored.statusCode());
        page.session().request().get(restored.getHeader("Location")).then().statusCode(200)
                .body(containsString("Restored"));
        Staff.admin().get("/api/rules").then().body("name", not(hasItem("ver-" + w)));
        Staff.admin().get("/api/rules/versions/" + startVersion + "/diff/" + latestVersion()).then()
                .body("added.size()", equalTo(0)).body("removed.size()", equalTo(0))
                .body("changed.size()", equalTo(0));
    }

    /** Opens the back-test's page until it is done, which counts as having looked at its result. */
    static String viewBackTest(Accounts.Page page, String job, String draft) {
        return openUntilDone(page, "/admin/backtest/" + job + "?draft=" + draft);
    }

    /** Opens a back-test's page (at {@code path}) until it is done. */
    static String openUntilDone(Accounts.Page page, String path) {
        for (int i = 0; i < 600; i++) {
            String html = page.session().request().get(path).then().statusCode(200).extract().asString();
            if (html.contains("Done:")) {
                return html;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the back-test did not finish");
    }
}
