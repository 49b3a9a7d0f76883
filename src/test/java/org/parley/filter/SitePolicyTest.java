package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Site policies: rules under a policy report their hits but add no score, and an enforced hit raises the decision
 * to the site's setting for that policy, never lowering it.
 */
class SitePolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FilterEngine engine = new FilterEngine(10_000);

    private static RuleSpec spec(String name, int score, RuleMode mode, Policy policy, String... terms) {
        ObjectNode params = JSON.createObjectNode();
        params.putArray("terms").addAll(List.of(terms).stream().map(JSON.getNodeFactory()::textNode).toList());
        params.put("match", "WORD");
        return new RuleSpec(null, name, "", RuleType.TERMS, Category.ABUSIVE, score, true, mode, params, policy);
    }

    private static CompiledRule rule(String name, int score, Policy policy, String... terms) {
        return RuleCompiler.compile(spec(name, score, RuleMode.ENFORCE, policy, terms));
    }

    private static CompiledRule profanity() {
        return rule("profanity", 3, Policy.PROFANITY, "fuck", "shit");
    }

    private static Thresholds settings(Decision profanity, Decision reclaimable) {
        return new Thresholds(Thresholds.uniform(5, 10).holdAt(), Thresholds.uniform(5, 10).rejectAt(),
                Map.of(Policy.PROFANITY, profanity, Policy.RECLAIMABLE_SLUR, reclaimable));
    }

    private Verdict judge(String text, Decision profanity, CompiledRule... rules) {
        return judge(text, settings(profanity, Decision.HOLD), rules);
    }

    private Verdict judge(String text, Thresholds thresholds, CompiledRule... rules) {
        return engine.evaluate(new CompiledRuleSet(List.of(rules), thresholds, 7), Submission.of(text));
    }

    @Test
    void aPolicyHitHoldsAnOtherwiseCleanCommentWhenTheSiteHoldsSuchWords() {
        Verdict verdict = judge("Fuck yeah, what a day", Decision.HOLD, profanity());
        assertAll(
                () -> assertEquals(Decision.HOLD, verdict.decision()),
                () -> assertEquals(Category.ABUSIVE, verdict.category(), "a reader is told the policy's category"),
                () -> assertEquals(0, verdict.score(), "the policy rule's score of 3 does not count"),
                () -> assertEquals(CategoryScores.ZERO, verdict.categories()),
                () -> assertEquals(1, verdict.hits().size(), "the hit is still reported"),
                () -> assertEquals(Policy.PROFANITY, verdict.hits().get(0).policy()),
                () -> assertEquals(List.of(new PolicyOutcome(Policy.PROFANITY, Decision.HOLD, true,
                        List.of("profanity"), List.of("Fuck"),
                        "Held by the site's policy on profanity: \u201CFuck\u201D (rule profanity).")),
                        verdict.policies()),
                () -> assertTrue(verdict.decidedByPolicy()));
    }

    @Test
    void aPolicyHitRejectsWhenTheSiteRejectsSuchWords() {
        Verdict verdict = judge("Fuck yeah, what a day", Decision.REJECT, profanity());
        assertEquals(Decision.REJECT, verdict.decision());
        assertEquals("Rejected by the site's policy on profanity: \u201CFuck\u201D (rule profanity).",
                verdict.policies().get(0).message());
    }

    @Test
    void withTheSettingAtPublishPolicyHitsAreShownButChangeNothing() {
        Verdict verdict = judge("Fuck yeah, what a day", Decision.PUBLISH, profanity());
        assertAll(
                () -> assertEquals(Decision.PUBLISH, verdict.decision()),
                () -> assertNull(verdict.category()),
                () -> assertEquals("Fuck", verdict.hits().get(0).match()),
                () -> assertFalse(verdict.policies().get(0).decided()),
                () -> assertEquals("The site's policy on profanity lets such words through, so they changed "
                        + "nothing: \u201CFuck\u201D (rule profanity).", verdict.policies().get(0).message()));
    }

    @Test
    void thePolicyNeverLowersARejectionTheScoreMade() {
        Verdict verdict = judge("fuck off, you worthless idiot", Decision.HOLD, profanity(),
                rule("insults", 10, null, "idiot"));
        assertAll(
                () -> assertEquals(Decision.REJECT, verdict.decision()),
                () -> assertEquals(10, verdict.score()),
                () -> assertFalse(verdict.policies().get(0).decided()),
                () -> assertEquals("The site's policy on profanity would hold it; the score rejects it: "
                        + "\u201Cfuck\u201D (rule profanity).", verdict.policies().get(0).message()));
    }

    @Test
    void aCommentTheScoreHoldsStaysHeldUnderAPublishingPolicy() {
        Verdict verdict = judge("shit, you idiot", Decision.PUBLISH, profanity(), rule("insults", 5, null, "idiot"));
        assertEquals(Decision.HOLD, verdict.decision());
        assertFalse(verdict.decidedByPolicy());
    }

    @ParameterizedTest(name = "score {0}, setting {1} -> {2}")
    @CsvSource({
        "0, PUBLISH, PUBLISH", "0, HOLD, HOLD", "0, REJECT, REJECT",
        "5, PUBLISH, HOLD", "5, HOLD, HOLD", "5, REJECT, REJECT",
        "10, PUBLISH, REJECT", "10, HOLD, REJECT", "10, REJECT, REJECT"})
    void theDecisionIsTheStricterOfTheScoresAndThePolicys(int insultScore, Decision setting, Decision expected) {
        Verdict verdict = judge("shit, you idiot", setting, profanity(), rule("insults", insultScore, null, "idiot"));
        assertEquals(expected, verdict.decision());
        assertEquals(insultScore, verdict.score());
        assertEquals(setting.ordinal() > (insultScore >= 10 ? 2 : insultScore >= 5 ? 1 : 0),
                verdict.policies().get(0).decided());
    }

    @Test
    void aPolicyRulesScoreIsNotAddedToTheOthers() {
        // Before policies, profanity's 3 and an insult's 2 made a hold; swearing now counts through its policy only.
        Verdict verdict = judge("shit, what an idiot", Decision.PUBLISH, profanity(), rule("insults", 2, null, "idiot"));
        assertEquals(2, verdict.score());
        assertEquals(new CategoryScores(0, 2, 0), verdict.categories());
        assertEquals(Decision.PUBLISH, verdict.decision());
    }

    @Test
    void aPolicyRuleInObserveModeChangesNothing() {
        CompiledRule trial = RuleCompiler.compile(spec("profanity", 3, RuleMode.OBSERVE, Policy.PROFANITY, "fuck"));
        Verdict verdict = judge("Fuck yeah, what a day", Decision.REJECT, trial);
        assertAll(
                () -> assertEquals(Decision.PUBLISH, verdict.decision()),
                () -> assertEquals(List.of(), verdict.policies(), "an observed rule has no say"),
                () -> assertEquals(RuleMode.OBSERVE, verdict.hits().get(0).mode()),
                () -> assertEquals(Policy.PROFANITY, verdict.hits().get(0).policy()));
    }

    @Test
    void aCombinationStillSeesAPolicyRuleAndScoresOnItsOwn() {
        // Swearing at someone is abuse, not untargeted profanity: the combination's score counts as always.
        CompiledRule atYou = RuleCompiler.compile(new RuleSpec(null, "profanity-at-you", "", RuleType.COMBINATION,
                Category.ABUSIVE, 5, true, RuleMode.ENFORCE, JSON.createObjectNode()
                        .set("all", JSON.createArrayNode().add("profanity").add("you"))));
        Verdict verdict = judge("fuck you", Decision.PUBLISH, profanity(), rule("you", 0, null, "you"), atYou);
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals(5, verdict.score());
    }

    @Test
    void aCombinationUnderAPolicyFollowsThePolicy() {
        CompiledRule ass = rule("profanity-ass", 0, null, "ass");
        CompiledRule alone = RuleCompiler.compile(new RuleSpec(null, "profanity-ass-alone", "",
                RuleType.COMBINATION, Category.ABUSIVE, 3, true, RuleMode.ENFORCE, JSON.createObjectNode()
                        .set("all", JSON.createArrayNode().add("profanity-ass")), Policy.PROFANITY));
        Verdict verdict = judge("what a pain in the ass", Decision.HOLD, ass, alone);
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals(0, verdict.score());
        assertEquals(List.of("profanity-ass-alone"), verdict.policies().get(0).rules());
    }

    @Test
    void eachPolicyFollowsItsOwnSetting() {
        CompiledRule reclaimable = rule("reclaimable-words", 8, Policy.RECLAIMABLE_SLUR, "queers");
        Verdict proud = judge("We queers are proud", settings(Decision.PUBLISH, Decision.REJECT), profanity(),
                reclaimable);
        assertEquals(Decision.REJECT, proud.decision());
        assertEquals("Rejected by the site's policy on reclaimed slurs: \u201Cqueers\u201D (rule reclaimable-words).",
                proud.policies().get(0).message());
        Verdict both = judge("We queers are proud as fuck", settings(Decision.HOLD, Decision.PUBLISH), profanity(),
                reclaimable);
        assertEquals(Decision.HOLD, both.decision());
        assertEquals(List.of(Policy.PROFANITY, Policy.RECLAIMABLE_SLUR),
                both.policies().stream().map(PolicyOutcome::policy).toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Decision.class)
    void untargetedProfanityOfTheDefaultPackFollowsTheSetting(Decision setting) {
        // HateCheck's profanity_nh: swearing that targets nobody is the site's call, whichever way it goes.
        CompiledRuleSet pack = new CompiledRuleSet(DefaultPack.RULES.rules(),
                DefaultPack.RULES.thresholds().withPolicy(Policy.PROFANITY, setting), 1, DefaultPack.RULES.terms(),
                DefaultPack.NORMALISER);
        for (String text : List.of("Fuck yeah, what a day", "Holy shit, that is incredible.",
                "That's a great fucking idea.", "Bollocks, I forgot to post my ballot.", "What a pain in the arse.")) {
            Verdict verdict = engine.evaluate(pack, Submission.of(text));
            assertEquals(setting, verdict.decision(), text);
            assertEquals(0, verdict.score(), text);
        }
    }

    @Test
    void theShippedSettingsHoldBothKindsOfWords() {
        Thresholds shipped = Thresholds.uniform(5, 10);
        assertEquals(Decision.HOLD, shipped.policy(Policy.PROFANITY));
        assertEquals(Decision.HOLD, shipped.policy(Policy.RECLAIMABLE_SLUR));
        assertEquals(Decision.HOLD, DefaultPack.judge("Fuck yeah, what a day").decision());
    }

    @Test
    void theDefaultPackPutsOnlyUntargetedProfanityUnderThePolicy() {
        Map<String, Policy> underPolicy = new java.util.TreeMap<>();
        DefaultPack.RULES.rules().stream().filter(r -> r.spec().policy() != null)
                .forEach(r -> underPolicy.put(r.spec().name(), r.spec().policy()));
        assertEquals(Map.of("profanity", Policy.PROFANITY, "profanity-ass-alone", Policy.PROFANITY,
                "compound-insults", Policy.PROFANITY), underPolicy);
    }

    @Test
    void aSwearWordSaidOfNobodyFollowsThePolicyAndSaidOfSomeoneIsHeld() {
        assertEquals(Decision.PUBLISH, DefaultPack.judgeAsInstalled("I was a total asshole back then.").decision());
        assertEquals(Decision.PUBLISH, DefaultPack.judgeAsInstalled("I've been told to fuck off many times.")
                .decision());
        assertEquals(Decision.HOLD, DefaultPack.judgeAsInstalled("You are a complete asshole.").decision());
        assertEquals(Decision.HOLD, DefaultPack.judgeAsInstalled("Fuck off, nobody asked you.").decision());
    }

    @Test
    void aRulesPolicyIsReadAndWrittenWithThePack() {
        JsonNode node = JSON.createObjectNode().put("name", "swearing").put("type", "TERMS")
                .put("category", "abusive").put("score", 3).put("policy", "Profanity")
                .set("terms", JSON.createArrayNode().add("fuck"));
        RuleSpec read = RulePack.readRule(node, null);
        assertEquals(Policy.PROFANITY, read.policy());
        assertFalse(read.params().has("policy"), "the policy is not a matching parameter");
        assertEquals("profanity", RulePack.writeRule(read).get("policy").asText());
        assertEquals(Policy.RECLAIMABLE_SLUR, RulePack.readRule(((ObjectNode) node.deepCopy())
                .put("policy", "RECLAIMABLE_SLUR"), null).policy());
        assertNull(RulePack.readRule(((ObjectNode) node.deepCopy()).putNull("policy"), null).policy());
    }

    @Test
    void aRuleWithoutPolicyIsWrittenAsBefore() {
        RuleSpec plain = spec("insults", 2, RuleMode.ENFORCE, null, "idiot");
        assertFalse(RulePack.writeRule(plain).has("policy"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"swearing", "slurs", "PROFANITY!"})
    void anUnknownPolicyIsRefusedAtItsField(String policy) {
        JsonNode node = JSON.createObjectNode().put("name", "swearing").put("type", "TERMS")
                .put("category", "abusive").put("score", 3).put("policy", policy);
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> RulePack.readRule(node, null));
        assertEquals("policy", e.field());
        assertTrue(e.getMessage().contains("profanity, reclaimable-slur"), e.getMessage());
    }

    @Test
    void policySettingsTravelWithThePackAndMissingOnesKeepTheirs() {
        Thresholds base = Thresholds.uniform(5, 10);
        ObjectNode pack = RulePack.write("p", null, List.of(), base.withPolicy(Policy.PROFANITY, Decision.REJECT),
                NormaliserTables.shipped(), false);
        assertEquals("REJECT", pack.get("policies").get("profanity").asText());
        assertEquals("HOLD", pack.get("policies").get("reclaimable-slur").asText());
        assertEquals(Decision.REJECT, RulePack.readThresholdsAndPolicies(pack, base).policy(Policy.PROFANITY));
        ObjectNode older = pack.deepCopy();
        older.remove("policies");
        assertEquals(base.withPolicy(Policy.PROFANITY, Decision.PUBLISH), RulePack.readThresholdsAndPolicies(older,
                base.withPolicy(Policy.PROFANITY, Decision.PUBLISH)), "a snapshot from before policies keeps the base");
        assertEquals(Decision.PUBLISH, RulePack.readPolicies(JSON.createObjectNode().put("profanity", "publish"),
                base).policy(Policy.PROFANITY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"profanity\": \"ALLOW\"}|policies.profanity",
        "{\"profanity\": 1}|policies.profanity",
        "{\"swearing\": \"HOLD\"}|policies.swearing",
        "[\"HOLD\"]|policies"})
    void aWrongPolicySettingIsRefusedAtItsField(String json, String field) throws Exception {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RulePack.readPolicies(JSON.readTree(json), Thresholds.uniform(5, 10)));
        assertEquals(field, e.field());
    }

    @Test
    void theVerdictSaysWhatThePolicyDidInJson() throws Exception {
        JsonNode json = JSON.valueToTree(judge("Fuck yeah", Decision.HOLD, profanity()));
        JsonNode policy = json.get("policies").get(0);
        assertEquals("profanity", policy.get("policy").asText());
        assertEquals("HOLD", policy.get("setting").asText());
        assertTrue(policy.get("decided").asBoolean());
        assertEquals("profanity", policy.get("rules").get(0).asText());
        assertEquals("Held by the site's policy on profanity: \u201CFuck\u201D (rule profanity).",
                policy.get("message").asText());
        assertEquals("profanity", json.get("hits").get(0).get("policy").asText());
        assertFalse(JSON.valueToTree(judge("you idiot", Decision.HOLD, rule("insults", 2, null, "idiot")))
                .get("hits").get(0).has("policy"), "a hit under no policy reads as before");
    }

    @Test
    void aVerdictStoredBeforePoliciesReadsWithNone() throws Exception {
        String stored = "{\"decision\":\"HOLD\",\"score\":5,\"categories\":{\"racist\":0,\"abusive\":5,\"offtopic\":0},"
                + "\"category\":\"abusive\",\"hits\":[{\"rule\":\"insults\",\"category\":\"abusive\",\"score\":5,"
                + "\"start\":0,\"end\":5,\"utf16Start\":0,\"utf16End\":5,\"match\":\"idiot\",\"mode\":\"ENFORCE\","
                + "\"field\":\"text\"}],\"rulesetVersion\":3,\"error\":null}";
        Verdict verdict = JSON.readValue(stored, Verdict.class);
        assertEquals(List.of(), verdict.policies());
        assertEquals(List.of(), verdict.hits().get(0).parts());
        assertNull(verdict.hits().get(0).policy());
        assertEquals(JSON.readTree(JSON.writeValueAsString(JSON.readValue(stored, Verdict.class))).get("hits"),
                JSON.readTree(stored).get("hits"), "and writes its hits back exactly as they were");
    }
}
