package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.Budget;
import org.parley.filter.Category;
import org.parley.filter.CollectedSpans;
import org.parley.filter.CompiledRule;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Signals;
import org.parley.filter.Submission;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.Relevance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class DuplicateRuleTest {

    private static final String TEXT = "Work from home and earn $500 a day!";

    /** Signals reporting a fixed number of copies, and remembering which windows were asked about. */
    private static final class Copies implements Signals {
        final int copies;
        final List<Duration> asked = new ArrayList<>();

        Copies(int copies) {
            this.copies = copies;
        }

        @Override
        public int copiesWithin(Duration window) {
            asked.add(window);
            return copies;
        }

        @Override
        public Relevance relevance(NormalisedText text) {
            return null;
        }
    }

    private static List<CollectedSpans.Span> spans(DuplicateRule rule, String text, Signals signals) {
        CollectedSpans collected = new CollectedSpans();
        rule.match(Inspection.of(Submission.of(text), Normaliser.defaults(), signals, null, Budget.unlimited()), collected);
        return collected.spans;
    }

    @ParameterizedTest(name = "{0} copies, wave at {1} -> {2}")
    @CsvSource({
            "1, 3, false",
            "2, 3, false",
            "3, 3, true",
            "50, 3, true",
            "1, 2, false",
            "2, 2, true",
    })
    void enoughCopiesWithinTheWindowAreOneMatchOverTheWholeText(int copies, int wave, boolean expected) {
        DuplicateRule rule = new DuplicateRule(new DuplicateRule.Params(null, wave));
        assertEquals(expected ? List.of(new CollectedSpans.Span(Field.TEXT, 0, TEXT.length())) : List.of(),
                spans(rule, TEXT, new Copies(copies)));
    }

    @Test
    void ruleAsksAboutItsOwnWindow() {
        Copies signals = new Copies(5);
        DuplicateRule rule = new DuplicateRule(new DuplicateRule.Params(Duration.ofMinutes(3), 2));
        spans(rule, TEXT, signals);
        assertEquals(List.of(Duration.ofMinutes(3)), signals.asked);
        assertEquals(Duration.ofMinutes(3), rule.window());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\n\t "})
    void blankTextIsNeverADuplicate(String text) {
        // Empty submissions are refused elsewhere; here they must not count as a wave of one text.
        assertEquals(List.of(), spans(new DuplicateRule(new DuplicateRule.Params(null, 2)), text, new Copies(99)));
    }

    @Test
    void signalsWithoutHistoryNeverMakeAWave() {
        CollectedSpans collected = new CollectedSpans();
        new DuplicateRule(new DuplicateRule.Params(null, 2)).match(Inspection.of(Submission.of(TEXT)), collected);
        assertEquals(List.of(), collected.spans);
    }

    @Test
    void defaultsAreTenMinutesAndThreeCopies() {
        DuplicateRule.Params params = new DuplicateRule.Params(null, null);
        assertEquals(Duration.ofMinutes(10), params.window());
        assertEquals(3, params.copies());
    }

    @ParameterizedTest(name = "window={0}, copies={1}")
    @CsvSource({"PT0S, 3", "PT-1S, 3", "-PT10M, 3", "P1DT1S, 3", "P2D, 3", "PT10M, 1", "PT10M, 0", "PT10M, -4"})
    void unreasonableParametersAreRefused(Duration window, int copies) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DuplicateRule.Params(window, copies));
        assertEquals("window must be up to one day and copies at least 2", e.getMessage());
    }

    @ParameterizedTest(name = "window={0}, copies={1}")
    @CsvSource({"PT0.001S, 2", "P1D, 2", "PT24H, 1000"})
    void limitsAreInclusive(Duration window, int copies) {
        DuplicateRule.Params params = new DuplicateRule.Params(window, copies);
        assertEquals(window, params.window());
        assertEquals(copies, params.copies());
    }

    @Test
    void windowIsReadFromJsonAsAnIsoDuration() throws JsonProcessingException {
        CompiledRule rule = RuleCompiler.compile(spec("{\"window\":\"PT5M\",\"copies\":4}"));
        DuplicateRule duplicate = assertInstanceOf(DuplicateRule.class, rule.matcher());
        assertEquals(Duration.ofMinutes(5), duplicate.window());
        assertEquals(List.of(), spans(duplicate, TEXT, new Copies(3)));
        assertEquals(1, spans(duplicate, TEXT, new Copies(4)).size());
    }

    @Test
    void windowOverADayInJsonIsRefusedNamingTheRule() {
        InvalidRuleException e = assertThrows(InvalidRuleException.class,
                () -> RuleCompiler.compile(spec("{\"window\":\"P2D\"}")));
        assertEquals("spam wave: window must be up to one day and copies at least 2", e.getMessage());
    }

    @Test
    void duplicateIsNotWeak() {
        // A spam wave is reason enough to refuse on its own.
        assertFalse(new DuplicateRule(new DuplicateRule.Params(null, null)).weak());
    }

    private static RuleSpec spec(String params) throws JsonProcessingException {
        return new RuleSpec(null, "spam wave", "", RuleType.DUPLICATE, Category.OFFTOPIC, 5, true, RuleMode.ENFORCE,
                new ObjectMapper().readTree(params));
    }
}
