package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class FilterEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HOLD_AT = 5;
    private static final int REJECT_AT = 10;
    private static final long VERSION = 42;

    private final FilterEngine engine = new FilterEngine(10_000);

    private static CompiledRule terms(String name, Category category, int score, String... terms) {
        return terms(name, category, score, true, RuleMode.ENFORCE, terms);
    }

    private static CompiledRule terms(String name, Category category, int score, boolean enabled, RuleMode mode,
            String... terms) {
        ObjectNode params = JSON.createObjectNode();
        params.putArray("terms").addAll(List.of(terms).stream().map(JSON.getNodeFactory()::textNode).toList());
        params.put("match", "WORD");
        return RuleCompiler.compile(new RuleSpec(null, name, "", RuleType.TERMS, category, score, enabled, mode,
                params));
    }

    private static CompiledRule throwing(String name, boolean enabled) {
        RuleSpec spec = new RuleSpec(null, name, "", RuleType.TERMS, Category.ABUSIVE, 1, enabled, RuleMode.ENFORCE,
                JSON.createObjectNode());
        return new CompiledRule(spec, (input, matches) -> {
            throw new IllegalStateException("matcher exploded");
        });
    }

    private Verdict judge(String text, CompiledRule... rules) {
        return engine.evaluate(new CompiledRuleSet(List.of(rules), Thresholds.uniform(HOLD_AT, REJECT_AT), VERSION), Submission.of(text));
    }

    @Test
    void textWithoutHitsIsPublished() {
        Verdict verdict = judge("A thoughtful reply.", terms("insults", Category.ABUSIVE, 20, "idiot"));
        assertAll(
                () -> assertEquals(Decision.PUBLISH, verdict.decision()),
                () -> assertEquals(0, verdict.score()),
                () -> assertEquals(CategoryScores.ZERO, verdict.categories()),
                () -> assertNull(verdict.category(), "nothing drove a published verdict"),
                () -> assertEquals(List.of(), verdict.hits()),
                () -> assertNull(verdict.error()),
                () -> assertEquals(VERSION, verdict.rulesetVersion()));
    }

    @Test
    void emptyRuleSetPublishesEverything() {
        Verdict verdict = engine.evaluate(CompiledRuleSet.empty(Thresholds.uniform(HOLD_AT, REJECT_AT)), Submission.of("idiot idiot idiot"));
        assertEquals(Decision.PUBLISH, verdict.decision());
        assertEquals(0, verdict.rulesetVersion());
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"1, PUBLISH", "4, PUBLISH", "5, HOLD", "9, HOLD", "10, REJECT", "1000, REJECT"})
    void decisionFollowsTheThresholdsInclusively(int score, Decision expected) {
        Verdict verdict = judge("you idiot", terms("insults", Category.ABUSIVE, score, "idiot"));
        assertEquals(expected, verdict.decision());
        assertEquals(score, verdict.score());
        assertEquals(expected == Decision.PUBLISH ? null : Category.ABUSIVE, verdict.category());
    }

    @Test
    void scoresAreSummedWithinACategoryAcrossRules() {
        // 2 + 2 + 1 from three rules of one category: only together do they reach the hold threshold of 5.
        Verdict verdict = judge("idiot, moron, dimwit",
                terms("insults", Category.ABUSIVE, 2, "idiot"),
                terms("more insults", Category.ABUSIVE, 2, "moron"),
                terms("mild insults", Category.ABUSIVE, 1, "dimwit"));
        assertEquals(new CategoryScores(0, 5, 0), verdict.categories());
        assertEquals(5, verdict.score());
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals(Category.ABUSIVE, verdict.category());
        assertEquals(3, verdict.hits().size());
    }

    @Test
    void rulesThatReadTheSameInsultAreOneFindingTowardsRejecting() {
        // Three readings of one insult hold it for a moderator; the hold score still adds them up.
        Verdict verdict = judge("you complete idiot",
                terms("insult at you", Category.ABUSIVE, 5, "you complete idiot"),
                terms("insults", Category.ABUSIVE, 5, "idiot"),
                terms("called out", Category.ABUSIVE, 3, "complete idiot"));
        assertEquals(13, verdict.categories().abusive());
        assertEquals(Decision.HOLD, verdict.decision());
    }

    @Test
    void separateThingsSaidAddUpToARejection() {
        Verdict verdict = judge("you idiot, go and die",
                terms("insults", Category.ABUSIVE, 5, "idiot"),
                terms("incitement", Category.ABUSIVE, 5, "go and die"));
        assertEquals(Decision.REJECT, verdict.decision());
    }

    @Test
    void offTopicCluesAddUpWhereverTheyStand() {
        // Spam rules are clues built to add up: a pitch that is also a call to action is rejected.
        Verdict verdict = judge("check out my channel",
                terms("self-promotion", Category.OFFTOPIC, 6, "check out my"),
                terms("call to action", Category.OFFTOPIC, 4, "check out"));
        assertEquals(Decision.REJECT, verdict.decision());
    }

    @Test
    void everyOccurrenceOfARuleIsAHit() {
        // A moderator must see each place that matched, whatever a repeated match is worth in the score.
        String text = "idiot and IDIOT";
        Verdict verdict = judge(text, terms("insults", Category.ABUSIVE, 1, "idiot"));
        assertEquals(List.of(
                new Hit("insults", Category.ABUSIVE, 1, 0, 5, 0, 5, "idiot", RuleMode.ENFORCE, Field.TEXT),
                new Hit("insults", Category.ABUSIVE, 1, 10, 15, 10, 15, "IDIOT", RuleMode.ENFORCE, Field.TEXT)),
                verdict.hits());
    }

    @Test
    void scoresOfDifferentCategoriesAreNotAddedTogetherForTheDecision() {
        // A little of everything is not a lot of anything: each category is held against the thresholds alone.
        Verdict verdict = judge("slur idiot offtopic",
                terms("racism", Category.RACIST, 4, "slur"),
                terms("insults", Category.ABUSIVE, 4, "idiot"),
                terms("spam", Category.OFFTOPIC, 4, "offtopic"));
        assertEquals(new CategoryScores(4, 4, 4), verdict.categories());
        assertEquals(12, verdict.score(), "the total is still reported");
        assertEquals(Decision.PUBLISH, verdict.decision());
        assertNull(verdict.category());
    }

    @Test
    void theCategoryWithTheStricterDecisionDrivesTheVerdict() {
        Verdict verdict = judge("slur idiot",
                terms("racism", Category.RACIST, 6, "slur"),
                terms("insults", Category.ABUSIVE, 12, "idiot"));
        assertEquals(Decision.REJECT, verdict.decision());
        assertEquals(Category.ABUSIVE, verdict.category());
    }

    @Test
    void amongCategoriesWithTheSameDecisionTheHigherScoreDrives() {
        Verdict verdict = judge("slur idiot",
                terms("racism", Category.RACIST, 6, "slur"),
                terms("insults", Category.ABUSIVE, 8, "idiot"));
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals(Category.ABUSIVE, verdict.category());
    }

    @Test
    void observedHitsAreRecordedButDoNotCount() {
        Verdict verdict = judge("you idiot",
                terms("trial insults", Category.ABUSIVE, 100, true, RuleMode.OBSERVE, "idiot"));
        assertAll(
                () -> assertEquals(Decision.PUBLISH, verdict.decision()),
                () -> assertEquals(0, verdict.score()),
                () -> assertEquals(CategoryScores.ZERO, verdict.categories()),
                () -> assertNull(verdict.category()),
                () -> assertEquals(1, verdict.hits().size()),
                () -> assertEquals(RuleMode.OBSERVE, verdict.hits().get(0).mode()),
                () -> assertEquals(List.of(), verdict.enforcedHits()));
    }

    @Test
    void observedHitsDoNotAddToEnforcedScores() {
        Verdict verdict = judge("you idiot",
                terms("insults", Category.ABUSIVE, 4, "idiot"),
                terms("trial insults", Category.ABUSIVE, 100, true, RuleMode.OBSERVE, "idiot"));
        assertEquals(Decision.PUBLISH, verdict.decision());
        assertEquals(4, verdict.score());
        assertEquals(2, verdict.hits().size());
        assertEquals(List.of("insults"), verdict.enforcedHits().stream().map(Hit::rule).toList());
    }

    @Test
    void disabledRulesDoNotRun() {
        Verdict verdict = judge("you idiot",
                terms("insults", Category.ABUSIVE, 100, false, RuleMode.ENFORCE, "idiot"),
                throwing("broken but off", false));
        assertEquals(Decision.PUBLISH, verdict.decision());
        assertEquals(List.of(), verdict.hits());
        assertNull(verdict.error(), "a disabled rule must not even be called");
    }

    @Test
    void failingRuleHoldsTheSubmissionAndKeepsOtherHits() {
        Verdict verdict = judge("you idiot",
                throwing("broken", true),
                terms("insults", Category.ABUSIVE, 1, "idiot"));
        assertAll(
                () -> assertEquals(Decision.HOLD, verdict.decision(), "a broken rule must not wave text through"),
                () -> assertNotNull(verdict.error()),
                () -> assertTrue(verdict.error().contains("broken"), verdict.error()),
                () -> assertEquals(List.of("insults"), verdict.hits().stream().map(Hit::rule).toList()),
                () -> assertEquals(1, verdict.score()));
    }

    /** A rule that never ends, as a rule with a bug in a loop over the text would. */
    private static CompiledRule endless(String name) {
        RuleSpec spec = new RuleSpec(null, name, "", RuleType.TERMS, Category.ABUSIVE, 1, true, RuleMode.ENFORCE,
                JSON.createObjectNode());
        return new CompiledRule(spec, (input, matches) -> {
            while (true) {
                input.budget().tick();
            }
        });
    }

    @Test
    void ruleThatNeverEndsIsStoppedAtTheBudgetAndHoldsTheSubmission() {
        FilterEngine withBudget = new FilterEngine(20);
        Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> withBudget.evaluate(
                new CompiledRuleSet(List.of(terms("insults", Category.ABUSIVE, 1, "idiot"), endless("endless"),
                        terms("more insults", Category.ABUSIVE, 1, "fool")), Thresholds.uniform(HOLD_AT, REJECT_AT),
                        VERSION), Submission.of("you idiot, you fool")),
                "the engine must give the thread back");
        assertAll(
                () -> assertEquals(Decision.HOLD, verdict.decision(), "a person reads what the filter could not"),
                () -> assertEquals("the filter took too long (rule endless)", verdict.error()),
                () -> assertEquals(List.of("insults"), verdict.hits().stream().map(Hit::rule).toList(),
                        "hits before the budget ran out are kept; rules after it are not run"));
    }

    @Test
    void budgetRunningOutDoesNotSoftenARejection() {
        FilterEngine withBudget = new FilterEngine(20);
        Verdict verdict = withBudget.evaluate(new CompiledRuleSet(List.of(terms("insults", Category.ABUSIVE, 20,
                "idiot"), endless("endless")), Thresholds.uniform(HOLD_AT, REJECT_AT), VERSION),
                Submission.of("you idiot"));
        assertEquals(Decision.REJECT, verdict.decision());
    }

    @Test
    void failingRuleDoesNotSoftenARejection() {
        Verdict verdict = judge("you idiot",
                terms("insults", Category.ABUSIVE, REJECT_AT, "idiot"),
                throwing("broken", true));
        assertEquals(Decision.REJECT, verdict.decision());
        assertNotNull(verdict.error());
    }

    @Test
    void ruleReportingASpanOutsideTheTextCountsAsFailed() {
        // Offsets come from rule code; a bad one must end as a held submission, not an exception for the caller.
        RuleSpec spec = new RuleSpec(null, "off by one", "", RuleType.TERMS, Category.ABUSIVE, 1, true,
                RuleMode.ENFORCE, JSON.createObjectNode());
        CompiledRule sloppy = new CompiledRule(spec, (input, matches) -> matches.add(0, input.original().length() + 1));
        Verdict verdict = assertDoesNotThrow(() -> judge("text", sloppy));
        assertEquals(Decision.HOLD, verdict.decision());
        assertTrue(verdict.error().contains("off by one"), verdict.error());
    }

    @Test
    void hitDescribesTheRuleAndTheMatchedSpanOfTheOriginal() {
        String text = "Honestly, you are an IDIOT.";
        Verdict verdict = judge(text, terms("insults", Category.ABUSIVE, 3, "idiot"));
        int start = text.indexOf("IDIOT");
        assertEquals(List.of(new Hit("insults", Category.ABUSIVE, 3, start, start + 5, start, start + 5, "IDIOT",
                RuleMode.ENFORCE, Field.TEXT)), verdict.hits());
    }

    @Test
    void hitOffsetsCountCharactersAsReadersSeeThemAndUtf16Too() {
        // Two emoji are four UTF-16 units but two characters: tools in Python count the latter.
        String text = "\uD83D\uDE00\uD83D\uDE00 idiot";
        Hit hit = judge(text, terms("insults", Category.ABUSIVE, 3, "idiot")).hits().get(0);
        assertEquals(3, hit.start());
        assertEquals(8, hit.end());
        assertEquals(5, hit.utf16Start());
        assertEquals(10, hit.utf16End());
        assertEquals("idiot", text.substring(hit.utf16Start(), hit.utf16End()));
    }

    @Test
    void hitsFromLinksAndTermsSitTogetherInRuleOrder() {
        ObjectNode links = JSON.createObjectNode().put("allowed", 0);
        CompiledRule linkRule = RuleCompiler.compile(new RuleSpec(null, "links", "", RuleType.LINKS,
                Category.OFFTOPIC, 2, true, RuleMode.ENFORCE, links));
        String text = "idiot, buy at example.com";
        Verdict verdict = judge(text, linkRule, terms("insults", Category.ABUSIVE, 1, "idiot"));
        assertEquals(List.of("example.com", "idiot"), verdict.hits().stream().map(Hit::match).toList());
        assertEquals(new CategoryScores(0, 1, 2), verdict.categories());
    }

    @ParameterizedTest(name = "hold {0}, reject {1}")
    @CsvSource({"0, 10", "-1, 10", "5, 4", "1, 0", "-5, -5"})
    void thresholdsOutOfOrderAreRefused(int holdAt, int rejectAt) {
        assertThrows(IllegalArgumentException.class, () -> Thresholds.uniform(holdAt, rejectAt));
    }

    @Test
    void holdAndRejectMayShareAThreshold() {
        // With equal thresholds nothing is ever held: a score either publishes or rejects.
        Verdict verdict = engine.evaluate(new CompiledRuleSet(List.of(terms("i", Category.ABUSIVE, 5, "idiot")),
                Thresholds.uniform(5, 5), 1),
                Submission.of("idiot"));
        assertEquals(Decision.REJECT, verdict.decision());
    }
}
