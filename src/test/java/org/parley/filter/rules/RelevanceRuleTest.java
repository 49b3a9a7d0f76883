package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.filter.Budget;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Signals;
import org.parley.filter.Submission;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.Relevance;

class RelevanceRuleTest {

    private static final String TEXT = "Cheap watches and designer handbags, click here for discount prices today";

    /** Signals that know only the relevance the caller worked out. */
    private static Signals relevance(Relevance relevance) {
        return new Signals() {
            @Override
            public int copiesWithin(Duration window) {
                return 1;
            }

            @Override
            public Relevance relevance(NormalisedText text) {
                return relevance;
            }
        };
    }

    private static List<CollectedSpans.Span> spans(RelevanceRule.Params params, String text, Relevance relevance) {
        CollectedSpans collected = new CollectedSpans();
        new RelevanceRule(params).match(
                Inspection.of(Submission.of(text), Normaliser.defaults(), relevance(relevance), null, Budget.unlimited()), collected);
        return collected.spans;
    }

    private static RelevanceRule.Params defaults() {
        return new RelevanceRule.Params(null, null, null);
    }

    @Test
    void textWithoutADocumentIsNotJudged() {
        assertEquals(List.of(), spans(defaults(), TEXT, null));
    }

    @Test
    void signalsWithoutAnyKnowledgeJudgeNothing() {
        CollectedSpans collected = new CollectedSpans();
        new RelevanceRule(defaults()).match(Inspection.of(Submission.of(TEXT)), collected);
        assertEquals(List.of(), collected.spans);
    }

    @ParameterizedTest(name = "words={0}, cosine={1}, shared={2} -> {3}")
    @CsvSource({
            // Too short to judge: short replies share no words with anything.
            "0,  0.0,   0, false",
            "7,  0.0,   0, false",
            "8,  0.0,   0, true",
            "40, 0.039, 0, true",
            "8,  0.04,  0, false",
            "40, 0.5,   0, false",
            "8,  0.0,   1, false",
            "40, 0.01,  3, false",
    })
    void longTextWithLittleInCommonIsOneMatchOverTheWholeText(int words, double cosine, int shared,
            boolean expected) {
        List<CollectedSpans.Span> found = spans(defaults(), TEXT, new Relevance(words, cosine, shared));
        assertEquals(expected ? List.of(new CollectedSpans.Span(Field.TEXT, 0, TEXT.length())) : List.of(), found);
    }

    @ParameterizedTest(name = "minWords={0}, minCosine={1}, minShared={2} -> {3}")
    @CsvSource({
            "20, 0.04, 1, false",
            "10, 0.04, 1, false",
            "12, 0.2,  3, true",
            "13, 0.2,  3, false",
            "10, 0.2,  3, true",
            "10, 0.1,  3, false",
            "10, 0.2,  2, false",
            "10, 0.0,  5, false",
    })
    void parametersSetTheLimits(int minWords, double minCosine, int minShared, boolean expected) {
        Relevance relevance = new Relevance(12, 0.1, 2);
        List<CollectedSpans.Span> found = spans(new RelevanceRule.Params(minWords, minCosine, minShared), TEXT,
                relevance);
        assertEquals(expected, !found.isEmpty());
    }

    @Test
    void emptyTextIsNotJudgedWhateverTheSignalsSay() {
        assertEquals(List.of(), spans(defaults(), "", new Relevance(50, 0, 0)));
    }

    @Test
    void defaultsAreEightWordsCosineFourHundredthsAndOneSharedWord() {
        RelevanceRule.Params params = defaults();
        assertEquals(8, params.minWords());
        assertEquals(0.04, params.minCosine());
        assertEquals(1, params.minShared());
    }

    @ParameterizedTest(name = "minWords={0}, minCosine={1}, minShared={2}")
    @CsvSource({"0, 0.04, 1", "-1, 0.04, 1", "8, -0.01, 1", "8, 1.01, 1", "8, 0.04, -1"})
    void unreasonableParametersAreRefused(int minWords, double minCosine, int minShared) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RelevanceRule.Params(minWords, minCosine, minShared));
        assertEquals("minWords must be positive, minCosine between 0 and 1", e.getMessage());
    }

    @Test
    void relevanceIsWeak() {
        // People digress: being off topic may hold a comment for a look, never reject it alone.
        assertTrue(new RelevanceRule(defaults()).weak());
    }
}
