package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.filter.Category;
import org.parley.filter.CategoryScores;
import org.parley.filter.CollectedSpans;
import org.parley.filter.CompiledRule;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Decision;
import org.parley.filter.Field;
import org.parley.filter.FilterEngine;
import org.parley.filter.Hit;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.Verdict;
import org.parley.filter.text.Normaliser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CombinationRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FilterEngine engine = new FilterEngine(10_000);

    private static List<String> names(String spaced) {
        return spaced.isBlank() ? null : Arrays.asList(spaced.split(" "));
    }

    private static CombinationRule combination(String all, String any, String none) {
        return new CombinationRule(new CombinationRule.Params(names(all), names(any), names(none)));
    }

    // ---- holds() ------------------------------------------------------------------------------------------

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("a b", "", "", Set.of("a", "b"), true),
                Arguments.of("a b", "", "", Set.of("a", "b", "c"), true),
                Arguments.of("a b", "", "", Set.of("a"), false),
                Arguments.of("a b", "", "", Set.of(), false),
                Arguments.of("", "a b", "", Set.of("b"), true),
                Arguments.of("", "a b", "", Set.of("a", "b"), true),
                Arguments.of("", "a b", "", Set.of("c"), false),
                Arguments.of("a", "", "x", Set.of("a"), true),
                Arguments.of("a", "", "x", Set.of("a", "x"), false),
                Arguments.of("", "a b", "x y", Set.of("b", "y"), false),
                Arguments.of("a", "b c", "", Set.of("a", "c"), true),
                Arguments.of("a", "b c", "", Set.of("a"), false),
                Arguments.of("a", "b c", "", Set.of("b", "c"), false),
                Arguments.of("a", "b c", "x", Set.of("a", "b", "x"), false));
    }

    @ParameterizedTest(name = "all=[{0}] any=[{1}] none=[{2}], matched {3} -> {4}")
    @MethodSource("conditions")
    void holdsFollowsAllAnyAndNone(String all, String any, String none, Set<String> matched, boolean expected) {
        assertEquals(expected, combination(all, any, none).holds(matched));
    }

    @Test
    void combinationNeedsRulesInAllOrAny() {
        IllegalArgumentException noneOnly = assertThrows(IllegalArgumentException.class,
                () -> new CombinationRule.Params(null, List.of(), List.of("x")));
        assertEquals("a combination needs rules in all or any", noneOnly.getMessage());
        IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
                () -> new CombinationRule.Params(null, null, null));
        assertEquals("a combination needs rules in all or any", nothing.getMessage());
    }

    @Test
    void referencesAreEveryNamedRule() {
        assertEquals(Set.of("a", "b", "c", "x"), combination("a b", "b c", "x").references());
    }

    @Test
    void combinationMatchesNothingOnItsOwn() {
        // The engine judges it with holds(); called like any other rule, it must not report a span.
        assertEquals(List.of(), CollectedSpans.of(combination("a", "", ""), "a b c x, anything at all"));
    }

    // ---- in the engine ------------------------------------------------------------------------------------

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static CompiledRule rule(String name, RuleType type, int score, String params) {
        return RuleCompiler.compile(new RuleSpec(null, name, "", type, Category.ABUSIVE, score, true,
                RuleMode.ENFORCE, json(params)));
    }

    private static CompiledRule terms(String name, int score, String... terms) {
        return rule(name, RuleType.TERMS, score, "{\"terms\":" + JSON.valueToTree(List.of(terms)) + "}");
    }

    private Verdict judge(String text, CompiledRule... rules) {
        return engine.evaluate(new CompiledRuleSet(List.of(rules), Thresholds.uniform(10, 20), 1),
                Submission.of(text));
    }

    @Test
    void combinationThatHoldsAddsItsScoreOnceAndPointsAtTheFirstHitOfARuleItNames() {
        String text = "you idiot, and you again, idiot";
        Verdict verdict = judge(text,
                terms("insult", 2, "idiot"),
                terms("second person", 1, "you"),
                rule("insult at someone", RuleType.COMBINATION, 4, "{\"all\":[\"insult\",\"second person\"]}"));
        // 2 + 1 from the plain rules (each counted once however often it matched) + 4 from the combination, once.
        assertEquals(new CategoryScores(0, 7, 0), verdict.categories());
        List<Hit> combined = verdict.hits().stream().filter(h -> h.rule().equals("insult at someone")).toList();
        assertEquals(1, combined.size());
        Hit hit = combined.get(0);
        // The first hit recorded for a rule it names: "insult" runs first, so its first "idiot".
        assertEquals(List.of(4, Field.TEXT, 4, 9, "idiot", RuleMode.ENFORCE, Category.ABUSIVE),
                List.of(hit.score(), hit.field(), hit.start(), hit.end(), hit.match(), hit.mode(), hit.category()));
        assertEquals(text.indexOf("idiot"), hit.start());
    }

    @Test
    void combinationThatDoesNotHoldAddsNothing() {
        Verdict verdict = judge("you are wrong",
                terms("insult", 2, "idiot"),
                terms("second person", 1, "you"),
                rule("insult at someone", RuleType.COMBINATION, 4, "{\"all\":[\"insult\",\"second person\"]}"));
        assertEquals(new CategoryScores(0, 1, 0), verdict.categories());
        assertEquals(List.of("second person"), verdict.hits().stream().map(Hit::rule).toList());
    }

    @Test
    void vetoedCombinationAddsNothing() {
        CompiledRule links = rule("link", RuleType.LINKS, 1, "{\"allowed\":0}");
        CompiledRule promotion = terms("promotion", 1, "buy", "discount");
        CompiledRule trusted = terms("trusted source", -1, "bbc.co.uk");
        CompiledRule advert = rule("advert", RuleType.COMBINATION, 8,
                "{\"all\":[\"link\"],\"any\":[\"promotion\"],\"none\":[\"trusted source\"]}");

        Verdict spam = judge("buy now at cheap-pills.xyz", links, promotion, trusted, advert);
        assertEquals(Decision.HOLD, spam.decision());
        assertEquals(10, spam.categories().abusive());

        Verdict vetoed = judge("buy the report at bbc.co.uk", links, promotion, trusted, advert);
        assertEquals(Decision.PUBLISH, vetoed.decision());
        assertEquals(1, vetoed.categories().abusive());
        assertEquals(List.of(), vetoed.hits().stream().filter(h -> h.rule().equals("advert")).toList());
    }

    @Test
    void combinationMayBuildOnAnEarlierCombination() {
        // Combinations are judged in list order after the plain rules, so one listed earlier is already known.
        Verdict verdict = judge("you idiot, shut up",
                terms("insult", 1, "idiot"),
                terms("second person", 1, "you"),
                terms("silencing", 1, "shut up"),
                rule("insult at someone", RuleType.COMBINATION, 2, "{\"all\":[\"insult\",\"second person\"]}"),
                rule("hostile", RuleType.COMBINATION, 5, "{\"all\":[\"insult at someone\",\"silencing\"]}"));
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals(new CategoryScores(0, 10, 0), verdict.categories());
        Hit hostile = verdict.hits().get(verdict.hits().size() - 1);
        assertEquals("hostile", hostile.rule());
        // Plain rules' hits are recorded before any combination's, so the first hit of a named rule is "shut up".
        assertEquals("shut up", hostile.match());
    }

    @Test
    void combinationParamsAreReadFromJsonAndCheckedByTheCompiler() {
        CompiledRule compiled = rule("c", RuleType.COMBINATION, 1, "{\"any\":[\"a\",\"b\"],\"none\":[\"x\"]}");
        CombinationRule combination = (CombinationRule) compiled.matcher();
        assertEquals(Set.of("a", "b", "x"), combination.references());
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> rule("c", RuleType.COMBINATION, 1, "{\"none\":[\"x\"]}"));
        assertEquals("c: a combination needs rules in all or any", e.getMessage());
    }
}
