package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.rules.LinksRule;
import org.parley.filter.rules.TermsRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RuleCompilerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RuleSpec spec(String name, RuleType type, JsonNode params) {
        return new RuleSpec(7L, name, "", type, Category.ABUSIVE, 3, true, RuleMode.ENFORCE, params);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> run(CompiledRule rule, String text) {
        return CollectedSpans.of(rule.matcher(), text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    @Test
    void compiledRuleKeepsItsSpecAndGetsTheMatcherOfItsType() {
        RuleSpec terms = spec("insults", RuleType.TERMS, json("{\"terms\":[\"idiot\"]}"));
        RuleSpec links = spec("links", RuleType.LINKS, json("{\"allowed\":2}"));
        CompiledRule compiledTerms = RuleCompiler.compile(terms);
        CompiledRule compiledLinks = RuleCompiler.compile(links);
        assertSame(terms, compiledTerms.spec());
        assertInstanceOf(TermsRule.class, compiledTerms.matcher());
        assertSame(links, compiledLinks.spec());
        assertInstanceOf(LinksRule.class, compiledLinks.matcher());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TERMS | {\"terms\":[\"idiot\"],\"bogus\":true}       | bogus",
            "TERMS | {\"terms\":[\"idiot\"],\"Terms\":[\"x\"]}    | Terms",
            "LINKS | {\"allowed\":1,\"alowed\":2}                  | alowed",
    })
    void unknownParameterIsRefusedNamingTheRuleAndTheField(RuleType type, String params, String field) {
        // A typo in a field name would otherwise be silently ignored and the rule would run on defaults.
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("my rule", type, json(params))));
        assertTrue(e.getMessage().startsWith("my rule: "), e.getMessage());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"match\":\"WORD\"}", "{\"terms\":[]}", "{\"terms\":[\" \"]}",
            "{\"terms\":null}"})
    void termsRuleWithoutTermsIsRefusedNamingTheRule(String params) {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("insults", RuleType.TERMS, json(params))));
        assertEquals("insults: a term list needs at least one term", e.getMessage());
    }

    @Test
    void termsRuleWithoutAnyParamsIsRefusedNamingTheRule() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("insults", RuleType.TERMS, null)));
        assertEquals("insults: a term list needs at least one term", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "word, ''",
            "WORD, ''",
            "Word, ''",
            "prefix, ''",
            "Prefix, ''",
            "substring, idiot",
            "SubString, idiot",
    })
    void matchModeIsParsedWhateverItsCase(String mode, String expectedInNonidiots) {
        // The modes are told apart by behaviour on "nonidiots": only SUBSTRING finds the term inside a word.
        CompiledRule rule = RuleCompiler.compile(spec("insults", RuleType.TERMS,
                json("{\"terms\":[\"idiot\"],\"match\":\"" + mode + "\"}")));
        List<String> expected = expectedInNonidiots.isEmpty() ? List.of() : List.of(expectedInNonidiots);
        assertEquals(expected, run(rule, "nonidiots"));
        // And only WORD refuses the term as the start of a longer word.
        boolean word = mode.equalsIgnoreCase("word");
        assertEquals(word ? List.of() : List.of("idiot"), run(rule, "idiots"));
    }

    @Test
    void unknownMatchModeIsRefusedNamingTheRule() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> RuleCompiler.compile(
                spec("insults", RuleType.TERMS, json("{\"terms\":[\"idiot\"],\"match\":\"fuzzy\"}"))));
        assertTrue(e.getMessage().startsWith("insults: "), e.getMessage());
        assertTrue(e.getMessage().contains("fuzzy"), e.getMessage());
    }

    @Test
    void termsOfTheWrongShapeAreRefusedNamingTheRule() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> RuleCompiler.compile(
                spec("insults", RuleType.TERMS, json("{\"terms\":{\"a\":1}}"))));
        assertTrue(e.getMessage().startsWith("insults: "), e.getMessage());
    }

    @Test
    void negativeLinkAllowanceIsRefusedNamingTheRule() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("links", RuleType.LINKS, json("{\"allowed\":-1}"))));
        assertEquals("links: allowed links cannot be negative", e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void linksRuleWithoutParamsAllowsNoLinks() {
        // Absent params mean defaults: with no allowance, the first link already counts.
        CompiledRule empty = RuleCompiler.compile(spec("links", RuleType.LINKS, json("{}")));
        CompiledRule none = RuleCompiler.compile(spec("links", RuleType.LINKS, null));
        assertEquals(List.of("example.com"), run(empty, "see example.com"));
        assertEquals(List.of("example.com"), run(none, "see example.com"));
    }

    @ParameterizedTest(name = "params \"{0}\"")
    @ValueSource(strings = {"null", ""})
    void linksRuleWithJsonNullParamsGetsTheDefaultsLikeMissingParams(String stored) {
        CompiledRule rule = RuleCompiler.compile(spec("links", RuleType.LINKS, json(stored)));
        assertEquals(List.of("example.com"), run(rule, "see example.com"));
    }

    @ParameterizedTest(name = "params \"{0}\"")
    @ValueSource(strings = {"null", ""})
    void termsRuleWithJsonNullParamsIsRefusedLikeMissingParams(String stored) {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("insults", RuleType.TERMS, json(stored))));
        assertEquals("insults: a term list needs at least one term", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RuleType.class)
    void everyRuleTypeCompilesFromMinimalParams(RuleType type) {
        JsonNode params = json(switch (type) {
            case TERMS -> "{\"terms\":[\"x\"]}";
            case REGEX -> "{\"pattern\":\"x+\"}";
            case CONTACT -> "{\"kinds\":[\"EMAIL\"]}";
            case COMBINATION -> "{\"any\":[\"other\"]}";
            case STATEMENT -> "{\"groups\":[\"kurd\"],\"predicates\":[{\"kind\":\"DESCRIBES\",\"terms\":[\"vermin\"]}]}";
            default -> "{}";
        });
        CompiledRule rule = RuleCompiler.compile(spec("r", type, params));
        assertSame(type, rule.spec().type());
    }
}
