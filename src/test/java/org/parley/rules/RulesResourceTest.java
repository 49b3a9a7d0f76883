package org.parley.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.security.AccountService;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The rules API as an admin uses it. Every test that changes rules restores the version it started from, so
 * that the other tests (filter evaluation, comment posting) keep judging with the default pack.
 */
@QuarkusTest
class RulesResourceTest {

    /** Texts that the default pack judges in different ways, plus the made-up words the tests' rules look for. */
    static final List<String> TEXTS = List.of(
            "A thoughtful remark about the budget.",
            "You fucking idiot.",
            "Buy cheap followers at spam.example and DM me on whatsapp +1 555 123 4567",
            "the zorblax and the quizzle went to town",
            "Only a quizzle would say that.",
            "What a load of rubbish, you moron");

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

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

    @Test
    void everyRulesEndpointAnswers401WithoutCredentialsAnd403ToAModerator() {
        long anyRule = Staff.admin().get("/api/rules").jsonPath().getLong("[0].id");
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/rules"},
                new String[] {"GET", "/api/rules/" + anyRule},
                new String[] {"POST", "/api/rules"},
                new String[] {"PUT", "/api/rules/" + anyRule},
                new String[] {"DELETE", "/api/rules/" + anyRule},
                new String[] {"GET", "/api/rules/thresholds"},
                new String[] {"PUT", "/api/rules/thresholds"},
                new String[] {"GET", "/api/rules/versions"},
                new String[] {"GET", "/api/rules/versions/" + startVersion},
                new String[] {"GET", "/api/rules/versions/1/diff/" + startVersion},
                new String[] {"POST", "/api/rules/versions/1/restore"},
                new String[] {"GET", "/api/rules/export"},
                new String[] {"POST", "/api/rules/import"},
                new String[] {"PUT", "/api/rules/order"},
                new String[] {"POST", "/api/rules/" + anyRule + "/move"});
        for (String[] call : calls) {
            Staff.anonymous().body("{}").request(call[0], call[1]).then().statusCode(401)
                    .body("error", notNullValue());
            Staff.moderator().body("{}").request(call[0], call[1]).then().statusCode(403)
                    .body("error", notNullValue());
        }
        assertEquals(startVersion, latestVersion());
        for (String[] call : calls) {
            if (call[0].equals("GET")) {
                Staff.admin().get(call[1]).then().statusCode(200);
            }
        }
    }

    @Test
    void theFirstVersionIsTheDefaultPackLoadedBySystem() {
        JsonPath versions = Staff.admin().get("/api/rules/versions").then().statusCode(200).extract().jsonPath();
        int oldest = versions.getList("$").size() - 1;
        assertEquals(1, versions.getLong("[" + oldest + "].id"));
        assertEquals("system", versions.getString("[" + oldest + "].actor"));
        assertEquals(startVersion, versions.getLong("[0].id"));
        assertTrue(versions.getBoolean("[0].live"));
        Staff.admin().get("/api/rules/versions/1").then().statusCode(200)
                .body("rules.name", hasItem("racial-slurs"))
                .body("thresholds.racist.hold", equalTo(5))
                .body("thresholds.racist.reject", equalTo(10));
    }

    @Test
    void aTermsRuleCreatedThroughTheApiChangesFilterCheckAtOnce() {
        String text = "the zorblax is here";
        assertEquals("PUBLISH", check(text).getString("[0].decision"));
        String name = "zorblax-" + unique();
        Response created = Staff.admin().body(termsRule(name, "abusive", 10, "ENFORCE", "zorblax"))
                .post("/api/rules");
        created.then().statusCode(201)
                .header("Location", containsString("/api/rules/"))
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("type", equalTo("TERMS"))
                .body("category", equalTo("abusive"))
                .body("terms", equalTo(List.of("zorblax")));
        long version = created.jsonPath().getLong("ruleSetVersion");
        assertEquals(startVersion + 1, version);
        JsonPath verdict = check(text);
        assertEquals("REJECT", verdict.getString("[0].decision"));
        assertEquals(name, verdict.getString("[0].hits[0].rule"));
        assertEquals(version, verdict.getLong("[0].rulesetVersion"));
        Staff.admin().get("/api/rules").then().body("name", hasItem(name));
    }

    @Test
    void anObservedRulesHitIsReportedButTheDecisionDoesNotChange() {
        String text = "the zorblax is here";
        String name = "zorblax-trial-" + unique();
        Staff.admin().body(termsRule(name, "abusive", 10, "OBSERVE", "zorblax")).post("/api/rules")
                .then().statusCode(201).body("mode", equalTo("OBSERVE"));
        JsonPath verdict = check(text);
        assertEquals("PUBLISH", verdict.getString("[0].decision"));
        assertEquals(0, verdict.getInt("[0].categories.abusive"));
        assertEquals(name, verdict.getString("[0].hits[0].rule"));
        assertEquals("OBSERVE", verdict.getString("[0].hits[0].mode"));
    }

    static Stream<Arguments> invalidRules() {
        Map<String, Object> regex = new HashMap<>(Map.of("name", "bad-regex", "type", "REGEX", "category", "abusive",
                "score", 5, "pattern", "(unclosed"));
        Map<String, Object> noTerms = new HashMap<>(termsRule("no-terms", "abusive", 5, "ENFORCE"));
        noTerms.put("terms", List.of());
        Map<String, Object> blankTerms = new HashMap<>(termsRule("blank-terms", "abusive", 5, "ENFORCE", " "));
        return Stream.of(
                Arguments.of("a regex that does not compile", regex, "pattern"),
                Arguments.of("an empty term list", noTerms, "terms"),
                Arguments.of("a term list of blanks", blankTerms, "terms"),
                Arguments.of("a score above 100", termsRule("too-much", "abusive", 1000, "ENFORCE", "x1"), "score"),
                Arguments.of("a score below -100", termsRule("too-little", "abusive", -101, "ENFORCE", "x1"), "score"),
                Arguments.of("a name another rule has", termsRule("racial-slurs", "racist", 5, "ENFORCE", "x1"), "name"),
                Arguments.of("no name", termsRule("", "racist", 5, "ENFORCE", "x1"), "name"),
                Arguments.of("an unknown type", Map.of("name", "odd", "type", "MAGIC", "category", "abusive", "score", 1),
                        "type"),
                Arguments.of("an unknown category", termsRule("odd", "rude", 5, "ENFORCE", "x1"), "category"),
                Arguments.of("an unknown mode", termsRule("odd", "abusive", 5, "SOMETIMES", "x1"), "mode"),
                Arguments.of("a misspelt parameter", Map.of("name", "odd", "type", "TERMS", "category", "abusive",
                        "score", 1, "terms", List.of("x1"), "mach", "WORD"), "mach"),
                Arguments.of("a combination of rules that do not exist", Map.of("name", "odd", "type", "COMBINATION",
                        "category", "abusive", "score", 1, "all", List.of("no-such-rule")), "all"));
    }

    @ParameterizedTest(name = "{0} is refused with its field and changes nothing")
    @MethodSource("invalidRules")
    void anInvalidRuleIsRefusedWithItsFieldAndChangesNothing(String what, Map<String, Object> rule, String field) {
        List<Object> before = Staff.admin().get("/api/rules").jsonPath().getList("$");
        Staff.admin().body(rule).post("/api/rules")
                .then().statusCode(400)
                .body("error", notNullValue())
                .body("field", equalTo(field));
        assertEquals(before, Staff.admin().get("/api/rules").jsonPath().getList("$"));
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void rulesOfOtherTypesTakeTheirParametersFlatOrUnderParams() {
        String flat = "regex-flat-" + unique();
        String nested = "regex-nested-" + unique();
        Staff.admin().body(Map.of("name", flat, "type", "REGEX", "category", "offtopic", "score", 10,
                "pattern", "\\bquizzle\\b")).post("/api/rules").then().statusCode(201)
                .body("pattern", equalTo("\\bquizzle\\b"));
        Staff.admin().body(Map.of("name", nested, "type", "LINKS", "category", "offtopic", "score", 3,
                "params", Map.of("allowed", 0, "kind", "DENIED", "deny", List.of("spam-site.com"))))
                .post("/api/rules").then().statusCode(201)
                .body("deny", equalTo(List.of("spam-site.com")));
        JsonPath verdicts = check("Only a quizzle would say that.", "see https://spam-site.com/now");
        assertEquals("REJECT", verdicts.getString("[0].decision"));
        assertTrue(verdicts.getList("[1].hits.rule").contains(nested), verdicts.prettify());
        Staff.admin().body(Map.of("name", "twice-" + unique(), "type", "REGEX", "category", "offtopic", "score", 1,
                "pattern", "a+", "params", Map.of("pattern", "b+"))).post("/api/rules")
                .then().statusCode(400).body("field", equalTo("pattern"));
    }

    @Test
    void updatingAndDeletingARuleEachMakeANewVersionUnderTheAdminsName() {
        String name = "quizzle-" + unique();
        long id = Staff.admin().body(termsRule(name, "abusive", 3, "ENFORCE", "quizzle")).post("/api/rules")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("PUBLISH", check("Only a quizzle would say that.").getString("[0].decision"));

        Response updated = Staff.admin().body(Map.of("score", 10, "note", "quizzle is worse than we thought"))
                .put("/api/rules/" + id);
        updated.then().statusCode(200).body("score", equalTo(10)).body("terms", equalTo(List.of("quizzle")))
                .body("name", equalTo(name));
        assertEquals(startVersion + 2, updated.jsonPath().getLong("ruleSetVersion"));
        assertEquals("REJECT", check("Only a quizzle would say that.").getString("[0].decision"));
        JsonPath versions = Staff.admin().get("/api/rules/versions").jsonPath();
        assertEquals("admin", versions.getString("[0].actor"));
        assertEquals("quizzle is worse than we thought", versions.getString("[0].note"));

        Staff.admin().body(Map.of("terms", List.of("zorblax"))).put("/api/rules/" + id)
                .then().statusCode(200).body("terms", equalTo(List.of("zorblax"))).body("score", equalTo(10));
        assertEquals("PUBLISH", check("Only a quizzle would say that.").getString("[0].decision"));

        Staff.admin().delete("/api/rules/" + id).then().statusCode(200).body("ruleSetVersion",
                equalTo((int) startVersion + 4));
        Staff.admin().get("/api/rules").then().body("name", not(hasItem(name)));
        Staff.admin().get("/api/rules/" + id).then().statusCode(404);
        Staff.admin().body(Map.of("score", 1)).put("/api/rules/" + id).then().statusCode(404);
        assertEquals(startVersion + 4, latestVersion());

        List<AuditView> entries = audit.search("admin", AuditAction.RULES, null, 0);
        assertTrue(entries.stream().anyMatch(e -> e.details().contains("rule deleted: " + name)), entries.toString());
    }

    @Test
    void aRuleThatACombinationNeedsCannotBeDeleted() {
        JsonPath all = Staff.admin().get("/api/rules").jsonPath();
        List<Map<String, Object>> rules = all.getList("$");
        Map<String, Object> combination = rules.stream().filter(r -> r.get("type").equals("COMBINATION"))
                .filter(r -> r.get("all") != null).findFirst().orElseThrow();
        String needed = ((List<?>) combination.get("all")).get(0).toString();
        Object id = rules.stream().filter(r -> r.get("name").equals(needed)).findFirst().orElseThrow().get("id");
        Staff.admin().delete("/api/rules/" + id).then().statusCode(409)
                .body("error", containsString(combination.get("name").toString()));
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void restoringThePreviousVersionBringsBackExactlyThePreviousDecisions() {
        List<Object> before = decisions();
        JsonPath rules = Staff.admin().get("/api/rules").jsonPath();
        long insults = idOf(rules, "insults");
        long threats = idOf(rules, "threats");
        Staff.admin().body(termsRule("quizzle-" + unique(), "racist", 10, "ENFORCE", "quizzle")).post("/api/rules")
                .then().statusCode(201);
        Staff.admin().body(Map.of("score", 0)).put("/api/rules/" + insults).then().statusCode(200);
        Staff.admin().delete("/api/rules/" + threats).then().statusCode(200);
        Staff.admin().body(Map.of("abusive", Map.of("hold", 1, "reject", 2))).put("/api/rules/thresholds")
                .then().statusCode(200);
        assertNotEquals(before, decisions());

        Staff.admin().body(Map.of("note", "back to how it was")).post("/api/rules/versions/" + startVersion + "/restore")
                .then().statusCode(201)
                .body("id", equalTo((int) latestVersion()))
                .body("actor", equalTo("admin"))
                .body("note", equalTo("back to how it was"))
                .body("live", equalTo(true));
        assertEquals(before, decisions());
        assertEquals(Staff.admin().get("/api/rules/versions/" + startVersion).jsonPath().getList("rules"),
                Staff.admin().get("/api/rules/versions/" + latestVersion()).jsonPath().getList("rules"));
        assertEquals(insults, idOf(Staff.admin().get("/api/rules").jsonPath(), "insults"),
                "a rule that stayed keeps its id");
    }

    @Test
    void aRestoreTakesAnOptionalNoteAndAnUnknownVersionIs404() {
        Staff.admin().body(termsRule("quizzle-" + unique(), "abusive", 10, "ENFORCE", "quizzle")).post("/api/rules")
                .then().statusCode(201);
        // Without a JSON content type a POST counts as a form and needs the CSRF token, as everywhere in the API.
        io.restassured.RestAssured.given().auth().preemptive().basic(Staff.ADMIN, Staff.ADMIN_PASSWORD)
                .post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(403);
        assertEquals("REJECT", check("Only a quizzle would say that.").getString("[0].decision"));
        Staff.admin().post("/api/rules/versions/" + startVersion + "/restore?note=undo the quizzle")
                .then().statusCode(201).body("note", equalTo("undo the quizzle"));
        assertEquals("PUBLISH", check("Only a quizzle would say that.").getString("[0].decision"));
        Staff.admin().post("/api/rules/versions/999999/restore").then().statusCode(404)
                .body("error", notNullValue());
        Staff.admin().get("/api/rules/versions/999999").then().statusCode(404);
    }

    @Test
    void thresholdsArePerCategoryAndPartOfTheVersion() {
        Staff.admin().get("/api/rules/thresholds").then().statusCode(200)
                .body("offtopic.hold", equalTo(5)).body("offtopic.reject", equalTo(10));
        Staff.admin().body(termsRule("quizzle-" + unique(), "offtopic", 3, "ENFORCE", "quizzle")).post("/api/rules")
                .then().statusCode(201);
        long withRule = latestVersion();
        assertEquals("PUBLISH", check("Only a quizzle would say that.").getString("[0].decision"));

        Staff.admin().body(Map.of("offtopic", Map.of("hold", 3))).put("/api/rules/thresholds")
                .then().statusCode(200)
                .body("offtopic.hold", equalTo(3)).body("offtopic.reject", equalTo(10))
                .body("abusive.hold", equalTo(5))
                .body("ruleSetVersion", equalTo((int) withRule + 1));
        assertEquals("HOLD", check("Only a quizzle would say that.").getString("[0].decision"));
        Staff.admin().get("/api/rules/versions/" + withRule + "/diff/" + (withRule + 1)).then().statusCode(200)
                .body("changed", equalTo(List.of()))
                .body("thresholds[0].field", equalTo("offtopic.hold"))
                .body("thresholds[0].from", equalTo(5))
                .body("thresholds[0].to", equalTo(3));

        Staff.admin().body(Map.of("racist", Map.of("hold", 12))).put("/api/rules/thresholds")
                .then().statusCode(400).body("field", equalTo("racist"));
        Staff.admin().body(Map.of("racist", Map.of("hold", 0))).put("/api/rules/thresholds")
                .then().statusCode(400);
        Staff.admin().body(Map.of("rude", Map.of("hold", 1))).put("/api/rules/thresholds")
                .then().statusCode(400).body("field", equalTo("rude"));
        assertEquals(withRule + 1, latestVersion());
    }

    @Test
    void theDiffOfTwoVersionsListsAddedRemovedAndChangedRulesByName() {
        String name = "quizzle-" + unique();
        long id = Staff.admin().body(termsRule(name, "abusive", 3, "ENFORCE", "quizzle")).post("/api/rules")
                .jsonPath().getLong("id");
        long added = latestVersion();
        Staff.admin().body(Map.of("score", 7, "terms", List.of("quizzle", "zorblax"))).put("/api/rules/" + id)
                .then().statusCode(200);
        long changed = latestVersion();

        Staff.admin().get("/api/rules/versions/" + startVersion + "/diff/" + added).then().statusCode(200)
                .body("from", equalTo((int) startVersion)).body("to", equalTo((int) added))
                .body("added", equalTo(List.of(name)))
                .body("removed", equalTo(List.of()))
                .body("changed", equalTo(List.of()));
        Staff.admin().get("/api/rules/versions/" + changed + "/diff/" + startVersion).then().statusCode(200)
                .body("removed", equalTo(List.of(name)));
        JsonPath diff = Staff.admin().get("/api/rules/versions/" + added + "/diff/" + changed).jsonPath();
        assertEquals(name, diff.getString("changed[0].name"));
        assertEquals(List.of("score", "terms"), diff.getList("changed[0].fields.field"));
        assertEquals(3, diff.getInt("changed[0].fields[0].from"));
        assertEquals(7, diff.getInt("changed[0].fields[0].to"));
        assertEquals(List.of("quizzle", "zorblax"), diff.getList("changed[0].fields[1].to"));
        Staff.admin().get("/api/rules/versions/999999/diff/" + changed).then().statusCode(404);
    }

    @Test
    void exportingAndImportingTheExportChangesNothingButTheVersion() {
        JsonPath exported = Staff.admin().get("/api/rules/export").then().statusCode(200)
                .body("version", equalTo((int) startVersion))
                .body("thresholds.abusive.reject", equalTo(10))
                .extract().jsonPath();
        Map<String, Object> pack = exported.getMap("$");
        List<Object> before = decisions();
        Staff.admin().body(pack).post("/api/rules/import?note=round trip").then().statusCode(201)
                .body("note", equalTo("round trip"));
        JsonPath again = Staff.admin().get("/api/rules/export").jsonPath();
        assertEquals(startVersion + 1, again.getLong("version"));
        assertEquals(exported.getList("rules"), again.getList("rules"));
        assertEquals(exported.getMap("thresholds"), again.getMap("thresholds"));
        assertEquals(before, decisions());
        assertEquals(exported.getList("rules.name"), Staff.admin().get("/api/rules").jsonPath().getList("name"));
    }

    @Test
    void theDefaultPackFileImportsAsItIs() throws Exception {
        String file = new String(getClass().getClassLoader().getResourceAsStream("filter/default-rules.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<Object> before = decisions();
        Staff.admin().body(file).post("/api/rules/import").then().statusCode(201);
        assertEquals(before, decisions());
    }

    @Test
    void anImportWithOneBrokenRuleChangesNothing() {
        Map<String, Object> pack = Staff.admin().get("/api/rules/export").jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = new ArrayList<>((List<Map<String, Object>>) pack.get("rules"));
        int regex = 0;
        while (!rules.get(regex).get("type").equals("REGEX")) {
            regex++;
        }
        Map<String, Object> broken = new LinkedHashMap<>(rules.get(regex));
        broken.put("params", Map.of("pattern", "([a-z]"));
        rules.set(regex, broken);
        rules.add(0, termsRule("quizzle-" + unique(), "abusive", 10, "ENFORCE", "quizzle"));
        Map<String, Object> bad = new LinkedHashMap<>(pack);
        bad.put("rules", rules);
        bad.put("thresholds", Map.of("abusive", Map.of("hold", 1, "reject", 2)));
        List<Object> before = decisions();
        Staff.admin().body(bad).post("/api/rules/import").then().statusCode(400)
                .body("field", equalTo("rules[" + (regex + 1) + "].pattern"))
                .body("error", containsString(broken.get("name").toString()));
        Staff.admin().body(Map.of("rules", "not a list")).post("/api/rules/import").then().statusCode(400)
                .body("field", equalTo("rules"));
        Staff.admin().body(Map.of("rules", List.of(Map.of("name", "x", "type", "TERMS", "category", "abusive",
                "score", "ten", "terms", List.of("x"))))).post("/api/rules/import").then().statusCode(400)
                .body("field", equalTo("rules[0].score"));
        assertEquals(startVersion, latestVersion());
        assertEquals(pack.get("rules"), Staff.admin().get("/api/rules/export").jsonPath().getList("rules"));
        assertEquals(before, decisions());
    }

    // --- helpers ---

    private static long idOf(JsonPath rules, String name) {
        List<Map<String, Object>> all = rules.getList("$");
        return ((Number) all.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow()
                .get("id")).longValue();
    }

    /** What the filter makes of each of TEXTS, without the version number that judged it. */
    private static List<Object> decisions() {
        List<Map<String, Object>> verdicts = check(TEXTS.toArray(String[]::new)).getList("$");
        return verdicts.stream().map(v -> {
            Map<String, Object> copy = new LinkedHashMap<>(v);
            copy.remove("rulesetVersion");
            return (Object) copy;
        }).toList();
    }

    private static JsonPath check(String... texts) {
        return Staff.admin().body(Map.of("texts", List.of(texts))).post("/api/filter/check")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long latestVersion() {
        return Staff.admin().get("/api/rules/versions").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    static Map<String, Object> termsRule(String name, String category, int score, String mode, String... terms) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", name);
        rule.put("type", "TERMS");
        rule.put("category", category);
        rule.put("score", score);
        rule.put("mode", mode);
        if (terms.length > 0) {
            rule.put("terms", List.of(terms));
        }
        return rule;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
