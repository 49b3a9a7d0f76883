package org.parley.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.parley.support.Accounts;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Changing the order the filter's rules run in: {@code PUT /api/rules/order}, {@code POST /api/rules/{id}/move}
 * and the rules editor's Move up / Move down buttons. Every test restores the rule-set version it started from.
 */
@QuarkusTest
class RuleOrderTest {

    static final String PAGE = "/admin/rules";

    /** Texts the default pack judges in different ways, among them through its combinations. */
    static final List<String> TEXTS = List.of(
            "A thoughtful remark about the budget.",
            "You fucking idiot.",
            "Buy cheap followers at spam.example and DM me on whatsapp +1 555 123 4567",
            "What a load of rubbish, you moron",
            "I will kill you");

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    long startVersion;
    List<Long> startOrder;

    @BeforeEach
    void rememberTheVersionInForce() {
        Staff.exist(accounts);
        startVersion = latestVersion();
        startOrder = order();
    }

    @AfterEach
    void restoreTheVersionWeStartedFrom() {
        if (latestVersion() != startVersion) {
            Staff.admin().post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(201);
        }
    }

    // --- who may ---

    @Test
    void onlyAdminsChangeTheOrderOthersGet401Or403() {
        long id = startOrder.get(0);
        for (String[] call : List.of(new String[] {"PUT", "/api/rules/order"},
                new String[] {"POST", "/api/rules/" + id + "/move"})) {
            Staff.anonymous().body("{}").request(call[0], call[1]).then().statusCode(401)
                    .body("error", notNullValue());
            Staff.moderator().body("{}").request(call[0], call[1]).then().statusCode(403)
                    .body("error", notNullValue());
        }
        Staff.anonymous().body(Map.of("order", reversed(startOrder))).put("/api/rules/order").then().statusCode(401);
        Staff.moderator().body(Map.of("position", 1)).post("/api/rules/" + id + "/move").then().statusCode(403);
        Staff.admin().body(Map.of("order", startOrder)).put("/api/rules/order").then().statusCode(200);
        Staff.admin().body(Map.of("position", 0)).post("/api/rules/" + id + "/move").then().statusCode(200);

        given().redirects().follow(false).formParam("direction", "down").post(PAGE + "/" + id + "/move").then()
                .statusCode(302).header("Location", containsString("/login"));
        Accounts.Page own = Accounts.Page.open(Staff.login(Staff.MODERATOR, Staff.PASSWORD), "/account/password");
        own.post().formParam("direction", "down").post(PAGE + "/" + id + "/move").then().statusCode(403);
        assertEquals(startVersion, latestVersion());
        assertEquals(startOrder, order());
    }

    // --- the whole order ---

    @Test
    void aNewOrderChangesTheListAndTheVersionAndIsAudited() {
        long threats = idOf("threats");
        int from = startOrder.indexOf(threats);
        List<Long> next = new ArrayList<>(startOrder);
        next.remove(threats);
        next.add(0, threats);
        List<Object> before = decisions();
        assertEquals(List.of("abuse-at-people", "second-person", "threats"), rules(check("I will kill you")));

        Response answer = Staff.admin().body(Map.of("order", next, "note", "threats first")).put("/api/rules/order");
        answer.then().statusCode(200).body("ruleSetVersion", equalTo((int) startVersion + 1));
        assertEquals(next, longs(answer.jsonPath().getList("order")));
        assertEquals(next, order());
        assertEquals(startVersion + 1, latestVersion());
        assertEquals("threats first", Staff.admin().get("/api/rules/versions").jsonPath().getString("[0].note"));

        // The new version holds the order; the filter in force runs the rules in it (hits come in rule order)
        // and judges as before.
        assertEquals(names(next), Staff.admin().get("/api/rules/versions/" + (startVersion + 1)).then()
                .statusCode(200).extract().jsonPath().getList("rules.name"));
        JsonPath threat = check("I will kill you");
        assertEquals(startVersion + 1, threat.getLong("[0].rulesetVersion"));
        assertEquals(List.of("threats", "abuse-at-people", "second-person"), rules(threat));
        assertEquals(before, decisions());

        List<AuditView> entries = audit.search("admin", AuditAction.RULES, null, 0);
        assertTrue(entries.stream().anyMatch(e -> e.details().contains("rule threats moved from " + from + " to 0")),
                entries.toString());
    }

    @Test
    void withoutANoteTheVersionSaysWhatMoved() {
        long threats = idOf("threats");
        int from = startOrder.indexOf(threats);
        Staff.admin().body(Map.of("position", 0)).post("/api/rules/" + threats + "/move").then().statusCode(200);
        assertEquals("rule threats moved from " + from + " to 0",
                Staff.admin().get("/api/rules/versions").jsonPath().getString("[0].note"));
    }

    @Test
    void theSameOrderMakesNoNewVersion() {
        Staff.admin().body(Map.of("order", startOrder)).put("/api/rules/order").then().statusCode(200)
                .body("ruleSetVersion", equalTo((int) startVersion));
        long third = startOrder.get(2);
        Staff.admin().body(Map.of("position", 2)).post("/api/rules/" + third + "/move").then().statusCode(200)
                .body("ruleSetVersion", equalTo((int) startVersion));
        Staff.admin().body(Map.of("after", startOrder.get(1))).post("/api/rules/" + third + "/move").then()
                .statusCode(200).body("ruleSetVersion", equalTo((int) startVersion));
        assertEquals(startVersion, latestVersion());
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("a rule left out", (OrderEdit) o -> o.subList(0, o.size() - 1), "left out: "),
                Arguments.of("a rule twice", (OrderEdit) o -> {
                    List<Object> twice = new ArrayList<>(o);
                    twice.add(o.get(0));
                    return twice;
                }, "listed more than once: "),
                Arguments.of("a rule twice in place of another", (OrderEdit) o -> {
                    List<Object> twice = new ArrayList<>(o);
                    twice.set(twice.size() - 1, o.get(0));
                    return twice;
                }, "left out: "),
                Arguments.of("an unknown rule", (OrderEdit) o -> {
                    List<Object> unknown = new ArrayList<>(o);
                    unknown.add(0, 999_999);
                    return unknown;
                }, "there is no rule 999999"),
                Arguments.of("a name instead of an id", (OrderEdit) o -> {
                    List<Object> named = new ArrayList<>(o);
                    named.set(0, "racial-slurs");
                    return named;
                }, "is not one"),
                Arguments.of("no list at all", (OrderEdit) o -> "all of them", "Send the new order"));
    }

    interface OrderEdit {
        Object apply(List<Object> order);
    }

    @ParameterizedTest(name = "an order with {0} is refused and changes nothing")
    @MethodSource("badOrders")
    void anOrderThatDoesNotListEveryRuleOnceIsRefusedAndChangesNothing(String what, OrderEdit edit, String says) {
        List<Object> current = new ArrayList<>(startOrder);
        Object order = edit.apply(current);
        Staff.admin().body(Map.of("order", order)).put("/api/rules/order").then().statusCode(400)
                .body("field", equalTo("order"))
                .body("error", containsString(says));
        assertEquals(startVersion, latestVersion());
        assertEquals(startOrder, order());
    }

    @Test
    void aRefusedOrderNamesEveryFault() {
        List<Object> order = new ArrayList<>(startOrder.subList(1, startOrder.size()));
        order.add(startOrder.get(1));
        order.add(424_242);
        String first = names(List.of(startOrder.get(0))).get(0);
        Staff.admin().body(Map.of("order", order)).put("/api/rules/order").then().statusCode(400)
                .body("error", allOf(containsString("there is no rule 424242"),
                        containsString("listed more than once: " + startOrder.get(1)),
                        containsString("left out: " + startOrder.get(0) + " (" + first + ")")));
        Staff.admin().body("{}").put("/api/rules/order").then().statusCode(400).body("field", equalTo("order"));
        Staff.admin().body("[]").put("/api/rules/order").then().statusCode(400);
        assertEquals(startVersion, latestVersion());
    }

    @Test
    void anOrderThatPutsACombinationBeforeARuleItNamesIsRefusedWith409() {
        long pair = idOf("profanity-pair");
        long profanity = idOf("profanity");
        List<Long> next = new ArrayList<>(startOrder);
        next.remove(pair);
        next.add(next.indexOf(profanity), pair);
        Staff.admin().body(Map.of("order", next)).put("/api/rules/order").then().statusCode(409)
                .body("error", allOf(containsString("profanity-pair"), containsString("before profanity,"),
                        containsString("after every rule it names")));
        Staff.admin().body(Map.of("before", profanity)).post("/api/rules/" + pair + "/move").then().statusCode(409)
                .body("error", containsString("profanity-pair would come before profanity"));
        Staff.admin().body(Map.of("position", startOrder.size() - 1)).post("/api/rules/" + profanity + "/move")
                .then().statusCode(409).body("error", containsString("before profanity,"));
        assertEquals(startVersion, latestVersion());
        assertEquals(startOrder, order());
    }

    // --- one rule ---

    @Test
    void oneRuleMovesToAPositionOrBeforeOrAfterAnother() {
        long threats = idOf("threats");
        long link = idOf("link");
        long racialSlurs = idOf("racial-slurs");

        Response moved = Staff.admin().body(Map.of("position", 0)).post("/api/rules/" + threats + "/move");
        moved.then().statusCode(200).body("ruleSetVersion", equalTo((int) startVersion + 1));
        List<Long> expected = moving(startOrder, threats, 0);
        assertEquals(expected, longs(moved.jsonPath().getList("order")));
        assertEquals(expected, order());

        // After the last rule, then before a rule further up: each to the place the other rule gives.
        long last = expected.get(expected.size() - 1);
        Staff.admin().body(Map.of("after", last)).post("/api/rules/" + threats + "/move").then().statusCode(200);
        expected = moving(expected, threats, expected.size() - 1);
        assertEquals(expected, order());
        Staff.admin().body(Map.of("before", link)).post("/api/rules/" + threats + "/move").then().statusCode(200);
        expected = moving(expected, threats, expected.indexOf(link));
        assertEquals(expected, order());
        assertEquals(expected.indexOf(link) - 1, expected.indexOf(threats));

        // After a rule further up, and before one further down.
        Staff.admin().body(Map.of("after", racialSlurs)).post("/api/rules/" + threats + "/move").then()
                .statusCode(200);
        assertEquals(1, order().indexOf(threats));
        Staff.admin().body(Map.of("before", link, "note", "threats just before link")).post("/api/rules/" + threats
                + "/move").then().statusCode(200).body("ruleSetVersion", equalTo((int) startVersion + 5));
        List<Long> now = order();
        assertEquals(now.indexOf(link) - 1, now.indexOf(threats));
        assertEquals("threats just before link",
                Staff.admin().get("/api/rules/versions").jsonPath().getString("[0].note"));
        assertEquals(names(now), Staff.admin().get("/api/rules/versions/" + latestVersion()).jsonPath()
                .getList("rules.name"));
        check(TEXTS.toArray(String[]::new));
    }

    @Test
    void aMoveThatSaysNothingClearOrGoesOutOfTheListIsRefusedAndChangesNothing() {
        long threats = idOf("threats");
        int size = startOrder.size();
        String path = "/api/rules/" + threats + "/move";
        Staff.admin().body(Map.of("position", size)).post(path).then().statusCode(400)
                .body("field", equalTo("position")).body("error", containsString("from 0 to " + (size - 1)));
        Staff.admin().body(Map.of("position", -1)).post(path).then().statusCode(400).body("field", equalTo("position"));
        Staff.admin().body(Map.of("position", "first")).post(path).then().statusCode(400)
                .body("field", equalTo("position"));
        Staff.admin().body(Map.of("position", 1.5)).post(path).then().statusCode(400);
        Staff.admin().body(Map.of("before", 999_999)).post(path).then().statusCode(400)
                .body("field", equalTo("before")).body("error", containsString("no rule 999999"));
        Staff.admin().body(Map.of("after", threats)).post(path).then().statusCode(400).body("field", equalTo("after"));
        Staff.admin().body(Map.of("position", 0, "before", startOrder.get(0))).post(path).then().statusCode(400)
                .body("error", containsString("exactly one"));
        Staff.admin().body("{}").post(path).then().statusCode(400);
        Staff.admin().body(Map.of("position", 0)).post("/api/rules/999999/move").then().statusCode(404);
        assertEquals(startVersion, latestVersion());
        assertEquals(startOrder, order());
    }

    @Test
    void theDiffOfAReorderNamesTheMovedRulesAndRestoringBringsBackTheOldOrderWithTheSameIds() {
        long threats = idOf("threats");
        long link = idOf("link");
        Staff.admin().body(Map.of("position", 0)).post("/api/rules/" + threats + "/move").then().statusCode(200);
        Staff.admin().body(Map.of("after", threats)).post("/api/rules/" + link + "/move").then().statusCode(200);
        long reordered = latestVersion();
        assertNotEquals(startOrder, order());
        Staff.admin().get("/api/rules/versions/" + startVersion + "/diff/" + reordered).then().statusCode(200)
                .body("moved", equalTo(List.of("threats", "link")))
                .body("added.size()", equalTo(0)).body("removed.size()", equalTo(0))
                .body("changed.size()", equalTo(0));

        Accounts.Page versions = RuleEditorResourceTest.adminPage(PAGE + "/versions?compare=" + startVersion);
        assertTrue(versions.html().contains("Moved rules"), versions.html());
        assertTrue(versions.html().contains("<li><code>threats</code></li><li><code>link</code></li>"));
        assertFalse(versions.html().contains("No differences"));

        Staff.admin().post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(201);
        assertEquals(startOrder, order());
        Staff.admin().get("/api/rules/versions/" + startVersion + "/diff/" + latestVersion()).then()
                .body("added.size()", equalTo(0)).body("removed.size()", equalTo(0))
                .body("changed.size()", equalTo(0)).body("moved.size()", equalTo(0));
    }

    @Test
    void aDiffCountsOnlyTheRulesThatMovedNotThoseAddedOrPassed() {
        long threats = idOf("threats");
        Staff.admin().body(Map.of("name", "order-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "type", "TERMS", "category", "offtopic", "score", 1, "mode", "OBSERVE", "terms", List.of("zorblax")))
                .post("/api/rules").then().statusCode(201);
        Staff.admin().body(Map.of("position", startOrder.size() - 1)).post("/api/rules/" + threats + "/move").then()
                .statusCode(200);
        Staff.admin().get("/api/rules/versions/" + startVersion + "/diff/" + latestVersion()).then().statusCode(200)
                .body("moved", equalTo(List.of("threats")))
                .body("added.size()", equalTo(1));
    }

    // --- the rules editor ---

    @Test
    void theListInRuleOrderNumbersTheRulesAndHasMoveButtons() {
        Accounts.Page page = RuleEditorResourceTest.adminPage(PAGE);
        String html = page.html();
        assertTrue(html.contains("<td class=\"adm-position\">1</td>"), html);
        assertTrue(html.contains("<td class=\"adm-position\">" + startOrder.size() + "</td>"));
        long first = startOrder.get(0);
        long last = startOrder.get(startOrder.size() - 1);
        long second = startOrder.get(1);
        assertTrue(html.contains("action=\"/admin/rules/" + second + "/move\""));
        assertTrue(row(html, second).contains("Move up") && row(html, second).contains("Move down"));
        assertFalse(row(html, first).contains("Move up"), "the first rule cannot go up");
        assertFalse(row(html, last).contains("Move down"), "the last rule cannot go down");
        assertTrue(row(html, second).contains("name=\"csrf-token\""), "each button's form carries the token");

        String sorted = page.session().request().get(PAGE + "?sort=name&dir=asc").asString();
        assertFalse(sorted.contains("Move up") || sorted.contains("Move down"));
        assertTrue(sorted.contains("the order can only be changed in rule order"), sorted);
        assertTrue(sorted.contains("<td class=\"adm-position\">1</td>"), "the number stays the rule's place");
        String filtered = page.session().request().get(PAGE + "?type=REGEX").asString();
        assertFalse(filtered.contains("Move up") || filtered.contains("Move down"));
        assertTrue(filtered.contains("the order can only be changed with every rule shown"), filtered);
    }

    @Test
    void theMoveButtonsMoveARuleOnePlaceAndSayWhereItIsNow() {
        long threats = idOf("threats");
        int from = startOrder.indexOf(threats);
        Accounts.Page page = RuleEditorResourceTest.adminPage(PAGE);
        Response up = page.post().formParam("direction", "up").post(PAGE + "/" + threats + "/move");
        assertEquals(303, up.statusCode(), up.asString());
        assertTrue(up.getHeader("Location").endsWith("/admin/rules?done=moved-up&id=" + threats + "#rule-" + threats),
                up.getHeader("Location"));
        assertEquals(moving(startOrder, threats, from - 1), order());
        assertEquals(startVersion + 1, latestVersion());
        String back = up.getHeader("Location").replaceFirst("#.*", "");
        String shown = page.session().request().get(back).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("Moved the rule threats up; it is now number " + from + " of the list."), shown);

        page.post().formParam("direction", "down").post(PAGE + "/" + threats + "/move").then().statusCode(303);
        assertEquals(startOrder, order());
        assertEquals(startVersion + 2, latestVersion());
        assertEquals(names(startOrder), Staff.admin().get("/api/rules/versions/" + latestVersion()).jsonPath()
                .getList("rules.name"));
    }

    @Test
    void aMoveThatWouldPutACombinationBeforeItsRuleShowsTheListWithTheReason() {
        long alone = idOf("profanity-ass-alone");
        long ass = idOf("profanity-ass");
        assertEquals(startOrder.indexOf(ass) + 1, startOrder.indexOf(alone), "the default pack's order");
        Accounts.Page page = RuleEditorResourceTest.adminPage(PAGE);
        String html = page.post().formParam("direction", "up").post(PAGE + "/" + alone + "/move").then()
                .statusCode(409).extract().asString();
        assertTrue(html.contains("Not moved: That order is refused: the combination profanity-ass-alone would come "
                + "before profanity-ass, which it names."), html);
        assertTrue(html.contains("mod-notice-error"));
        assertTrue(html.contains("Move up"), "the list, with its buttons");
        page.post().formParam("direction", "down").post(PAGE + "/" + ass + "/move").then().statusCode(409);

        page.post().formParam("direction", "up").post(PAGE + "/" + startOrder.get(0) + "/move").then()
                .statusCode(400).body(containsString("already the first rule"));
        page.post().formParam("direction", "sideways").post(PAGE + "/" + ass + "/move").then().statusCode(400);
        page.post().formParam("direction", "up").post(PAGE + "/999999/move").then().statusCode(404);
        page.withoutToken().formParam("direction", "down").post(PAGE + "/" + startOrder.get(0) + "/move").then()
                .statusCode(403);
        assertEquals(startVersion, latestVersion());
        assertEquals(startOrder, order());
    }

    // --- helpers ---

    private static String row(String html, long id) {
        int start = html.indexOf("<tr id=\"rule-" + id + "\"");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static List<Long> moving(List<Long> order, long id, int to) {
        List<Long> next = new ArrayList<>(order);
        next.remove(id);
        next.add(to, id);
        return next;
    }

    private static List<Long> reversed(List<Long> order) {
        List<Long> r = new ArrayList<>(order);
        java.util.Collections.reverse(r);
        return r;
    }

    private static List<Long> order() {
        return longs(Staff.admin().get("/api/rules").then().statusCode(200).extract().jsonPath().getList("id"));
    }

    private static List<Long> longs(List<?> numbers) {
        return numbers.stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static long idOf(String name) {
        List<Map<String, Object>> all = Staff.admin().get("/api/rules").jsonPath().getList("$");
        return ((Number) all.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow().get("id"))
                .longValue();
    }

    private static List<String> names(List<Long> ids) {
        List<Map<String, Object>> all = Staff.admin().get("/api/rules").jsonPath().getList("$");
        Map<Long, String> byId = new HashMap<>();
        all.forEach(r -> byId.put(((Number) r.get("id")).longValue(), (String) r.get("name")));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * What the filter makes of each of TEXTS, without the version number that judged it, and with the hits by
     * rule name (they are listed in rule order, which is what changes).
     */
    private static List<Object> decisions() {
        List<Map<String, Object>> verdicts = check(TEXTS.toArray(String[]::new)).getList("$");
        return verdicts.stream().map(v -> {
            Map<String, Object> copy = new LinkedHashMap<>(v);
            copy.remove("rulesetVersion");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> hits = new ArrayList<>((List<Map<String, Object>>) copy.get("hits"));
            hits.sort(java.util.Comparator.comparing((Map<String, Object> h) -> (String) h.get("rule"))
                    .thenComparing(h -> ((Number) h.get("start")).intValue()));
            copy.put("hits", hits);
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

    /** The rules that hit the first text, in the order they ran (a rule with several stretches counts once). */
    private static List<String> rules(JsonPath verdicts) {
        return verdicts.<String>getList("[0].hits.rule").stream().distinct().toList();
    }
}
