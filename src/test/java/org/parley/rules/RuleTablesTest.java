package org.parley.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.AccountService;
import org.parley.support.Accounts;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The leetspeak and look-alike tables as admins change them, through the API and the page. Each test restores the
 * rule-set version it started from, tables included.
 */
@QuarkusTest
class RuleTablesTest {

    static final String API = "/api/rules/tables";
    static final String PAGE = "/admin/rules/tables";
    static final Pattern JOB = Pattern.compile("/admin/backtest/([0-9a-f-]{36})\\?tables=([0-9a-f-]{36})");

    @Inject
    AccountService accounts;

    long startVersion;

    @BeforeEach
    void rememberTheVersionInForce() {
        Staff.exist(accounts);
        startVersion = RuleEditorResourceTest.latestVersion();
    }

    @AfterEach
    void restoreTheVersionWeStartedFrom() {
        if (RuleEditorResourceTest.latestVersion() != startVersion) {
            Staff.admin().post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(201);
        }
    }

    @Test
    void theTablesAnswer401WithoutCredentialsAnd403ToAModerator() {
        given().get(API).then().statusCode(401);
        given().contentType("application/json").body("{}").put(API).then().statusCode(401);
        given().contentType("application/json").body("{}").post(API + "/preview").then().statusCode(401);
        Staff.moderator().get(API).then().statusCode(403);
        Staff.moderator().body("{}").put(API).then().statusCode(403);
        Staff.moderator().body("{}").post(API + "/preview").then().statusCode(403);
        Staff.moderator().redirects().follow(false).get(PAGE).then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(302);
    }

    @Test
    void theApiShowsParleysOwnTablesUntilAnAdminChangesThem() {
        Staff.admin().get(API).then().statusCode(200).body("shipped", equalTo(true))
                .body("leet.'4'", equalTo("a")).body("lookalikes.'а'", equalTo("a"));
    }

    @Test
    void aLeetEntryChangesFilterChecksAtOnceAndRestoringBringsBackTheOldDecisions() {
        String w = RuleEditorResourceTest.word();
        String disguised = w.charAt(0) + "%" + w.substring(2);
        Staff.admin().body(Map.of("name", "tables-" + w, "type", "TERMS", "category", "abusive", "score", 10,
                "terms", List.of("z" + "o" + w.substring(2)))).post("/api/rules").then().statusCode(201);
        long before = RuleEditorResourceTest.latestVersion();
        String text = "a " + disguised + " here";
        assertEquals("PUBLISH", decision(text));

        Map<String, Object> leet = new HashMap<>(Staff.admin().get(API).jsonPath().getMap("leet"));
        leet.put("%", "o");
        Staff.admin().body(Map.of("leet", leet, "note", "per cent reads as o")).put(API).then().statusCode(200)
                .body("shipped", equalTo(false)).body("leet.'%'", equalTo("o"))
                .body("ruleSetVersion", org.hamcrest.Matchers.greaterThan((int) before));
        assertEquals("REJECT", decision(text));
        long changed = RuleEditorResourceTest.latestVersion();
        Staff.admin().get("/api/rules/versions/" + changed).then().body("shippedTables", equalTo(false))
                .body("tables.leet.'%'", equalTo("o"));
        Staff.admin().get("/api/rules/versions/" + before + "/diff/" + changed).then()
                .body("tables.field", hasItem("leet '%'")).body("changed.size()", equalTo(0));

        Staff.admin().post("/api/rules/versions/" + before + "/restore").then().statusCode(201);
        assertEquals("PUBLISH", decision(text));
        Staff.admin().get(API).then().body("shipped", equalTo(true));
    }

    @Test
    void anEntryThatCouldNeverApplyIsRefusedWithItsTableAndNothingChanges() {
        Staff.admin().body(Map.of("lookalikes", Map.of("m", "rn"))).put(API).then().statusCode(400)
                .body("field", equalTo("lookalikes")).body("error", containsString("U+006D"));
        Staff.admin().body(Map.of("leet", Map.of("z", "s"))).put(API).then().statusCode(400)
                .body("field", equalTo("leet"));
        Staff.admin().body(Map.of("leetspeak", Map.of())).put(API).then().statusCode(400);
        assertEquals(startVersion, RuleEditorResourceTest.latestVersion());
    }

    @Test
    void tablesThatMakeARuleFailItsOwnExamplesAreRefusedNamingTheRule() {
        String w = RuleEditorResourceTest.word();
        String disguised = w.charAt(0) + "%" + w.substring(2);
        Staff.admin().body(Map.of("name", "examples-" + w, "type", "TERMS", "category", "abusive", "score", 5,
                "terms", List.of("z" + "o" + w.substring(2)),
                "examples", Map.of("match", List.of("z" + "o" + w.substring(2)), "noMatch", List.of(disguised))))
                .post("/api/rules").then().statusCode(201);
        long before = RuleEditorResourceTest.latestVersion();
        Map<String, Object> leet = new HashMap<>(Staff.admin().get(API).jsonPath().getMap("leet"));
        leet.put("%", "o");
        Staff.admin().body(Map.of("leet", leet)).put(API).then().statusCode(400)
                .body("error", containsString("examples-" + w)).body("error", containsString(disguised));
        assertEquals(before, RuleEditorResourceTest.latestVersion());
    }

    @Test
    void exportsCarryTheTablesAndAnImportPutsItsTablesInForce() {
        JsonPath exported = Staff.admin().get("/api/rules/export").jsonPath();
        assertEquals("a", exported.getString("tables.leet.'4'"));
        Map<String, Object> pack = new HashMap<>(exported.getMap("$"));
        Map<String, Object> tables = new HashMap<>(exported.getMap("tables"));
        Map<String, Object> leet = new HashMap<>(exported.getMap("tables.leet"));
        leet.remove("4");
        tables.put("leet", leet);
        pack.put("tables", tables);
        Staff.admin().body(pack).post("/api/rules/import").then().statusCode(201);
        Staff.admin().get(API).then().body("shipped", equalTo(false)).body("leet.'4'", equalTo(null))
                .body("leet.'@'", equalTo("a"));

        Map<String, Object> broken = new HashMap<>(pack);
        broken.put("tables", Map.of("lookalikes", Map.of("é", "e")));
        long version = RuleEditorResourceTest.latestVersion();
        Staff.admin().body(broken).post("/api/rules/import").then().statusCode(400)
                .body("field", equalTo("tables.lookalikes"));
        assertEquals(version, RuleEditorResourceTest.latestVersion());
    }

    @Test
    void thePageShowsBothTablesAndABadLineIsShownNextToItsTableWithTheInputKept() {
        Accounts.Page page = RuleEditorResourceTest.adminPage(PAGE);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("The tables in force are Parley&#39;s own."), page.html());
        assertTrue(page.html().contains("U+0430 CYRILLIC SMALL LETTER A"));
        String typed = "4 a\n$ s\nz s\n";
        String html = page.post().formParam("leet", typed).formParam("lookalikes", "U+0430 a")
                .formParam("note", "").formParam("action", "save").post(PAGE).then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("id=\"err-leet\""), html);
        assertTrue(html.contains("line 3:"), html);
        assertTrue(html.contains(">" + typed + "</textarea>"), "the input is kept");
        assertEquals(startVersion, RuleEditorResourceTest.latestVersion());
    }

    @Test
    void tablesAreSavedFromThePageOnlyAfterABackTestOfExactlyThemWasViewed() {
        String w = RuleEditorResourceTest.word();
        String plain = "z" + "o" + w.substring(2);
        String disguised = w.charAt(0) + "%" + w.substring(2);
        Staff.admin().body(Map.of("name", "page-" + w, "type", "TERMS", "category", "abusive", "score", 10,
                "terms", List.of(plain))).post("/api/rules").then().statusCode(201);
        Accounts.Page page = RuleEditorResourceTest.adminPage(PAGE);
        String leet = textareaOf(page.html(), "leet") + "% o\n";
        String lookalikes = textareaOf(page.html(), "lookalikes");

        String refused = page.post().formParam("leet", leet).formParam("lookalikes", lookalikes)
                .formParam("note", "").formParam("action", "save").post(PAGE).then().statusCode(409)
                .extract().asString();
        assertTrue(refused.contains("Not saved: run a back-test of exactly these tables"), refused);
        assertTrue(refused.contains("leet &#39;%&#39;") || refused.contains("leet '%'"), "the change is listed");

        Response started = page.post().formParam("leet", leet).formParam("lookalikes", lookalikes)
                .formParam("note", "").formParam("action", "backtest").post(PAGE);
        assertEquals(303, started.statusCode(), started.asString());
        String draft = page.session().request().get(started.getHeader("Location")).then().statusCode(200)
                .extract().asString();
        Matcher m = JOB.matcher(draft);
        assertTrue(m.find(), draft);
        String result = RuleEditorResourceTest.openUntilDone(page,
                "/admin/backtest/" + m.group(1) + "?tables=" + m.group(2));
        assertTrue(result.contains("/admin/rules/tables/drafts/" + m.group(2)), "the way back leads to the tables");

        // The test bench reads texts with the kept draft's tables.
        Accounts.Page bench = RuleEditorResourceTest.adminPage("/admin/test-bench?draft=" + m.group(2));
        bench.post().formParam("text", "a " + disguised).formParam("userName", "").formParam("article", "")
                .formParam("draft", m.group(2)).post("/admin/test-bench").then().statusCode(200)
                .body(containsString("page-" + w));

        Response saved = page.post().formParam("leet", leet).formParam("lookalikes", lookalikes)
                .formParam("note", "per cent as o").formParam("action", "confirm").post(PAGE);
        assertEquals(303, saved.statusCode(), saved.asString());
        page.session().request().get(saved.getHeader("Location")).then().statusCode(200)
                .body(containsString("Saved the tables as version"));
        Staff.admin().get(API).then().body("leet.'%'", equalTo("o"));
        assertEquals("per cent as o", Staff.admin().get("/api/rules/versions").jsonPath().getString("[0].note"));
        assertEquals("REJECT", decision("a " + disguised));
        assertFalse(RuleEditorResourceTest.adminPage(PAGE).html().contains("The tables in force are Parley's own."));
    }

    private static String decision(String text) {
        return Staff.moderator().body(Map.of("texts", List.of(text))).post("/api/filter/check").then()
                .statusCode(200).extract().jsonPath().getString("[0].decision");
    }

    private static String textareaOf(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
