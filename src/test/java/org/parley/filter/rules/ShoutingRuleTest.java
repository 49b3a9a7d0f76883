package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Field;

class ShoutingRuleTest {

    private static List<String> matched(Integer minLetters, Double ratio, String text) {
        ShoutingRule rule = new ShoutingRule(new ShoutingRule.Params(minLetters, ratio));
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "THIS IS COMPLETELY OUTRAGEOUS                 | THIS IS COMPLETELY OUTRAGEOUS",
            "so... THIS IS OUTRAGEOUS AND WRONG!!! ok      | THIS IS OUTRAGEOUS AND WRONG",
            "\u042D\u0422\u041E \u041F\u0420\u041E\u0421\u0422\u041E \u0412\u041E\u0417\u041C\u0423\u0422\u0418"
                    + "\u0422\u0415\u041B\u042C\u041D\u041E \u0418 \u041D\u0415\u041F\u0420\u0418\u0415\u041C\u041B"
                    + "\u0415\u041C\u041E | \u042D\u0422\u041E \u041F\u0420\u041E\u0421\u0422\u041E \u0412\u041E"
                    + "\u0417\u041C\u0423\u0422\u0418\u0422\u0415\u041B\u042C\u041D\u041E \u0418 \u041D\u0415\u041F"
                    + "\u0420\u0418\u0415\u041C\u041B\u0415\u041C\u041E",
    })
    void textMostlyInCapitalsIsOneMatchFromFirstToLastCapital(String text, String expected) {
        // The highlight runs from the first capital to the last, leaving the quiet edges out.
        assertEquals(List.of(expected), matched(null, null, text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "NATO and the U.S. met in Baghdad",
            "The EU, the UN and NATO issued a joint statement on Tuesday.",
            "A perfectly civil remark, written in ordinary sentence case.",
            "12345 !!! ??? 67890 ... --- +++ 1234567890",
            ""})
    void ordinaryTextIsNotShouting(String text) {
        assertEquals(List.of(), matched(null, null, text));
    }

    @ParameterizedTest(name = "minLetters={0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "     | STOP IT NOW              | ''",
            "9    | STOP IT NOW              | STOP IT NOW",
            "10   | STOP IT NOW              | ''",
            "20   | ABCDEFGHIJKLMNOPQRS      | ''",
            "20   | ABCDEFGHIJKLMNOPQRST     | ABCDEFGHIJKLMNOPQRST",
            "1    | A                        | A",
    })
    void shortTextsAreNotJudged(Integer minLetters, String text, String expected) {
        // A short "NO!" or "LOL" is common and harmless; only letters count towards the minimum.
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, matched(minLetters, null, text));
    }

    @ParameterizedTest(name = "ratio={0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "      | ABCDEFGhij     | ABCDEFG",
            "0.7   | ABCDEFGhij     | ABCDEFG",
            "0.7   | ABCDEFghij     | ''",
            "0.8   | ABCDEFGhij     | ''",
            "0.5   | ABCDEfghij     | ABCDE",
            "1.0   | ABCDEFGHIJ     | ABCDEFGHIJ",
            "1.0   | ABCDEFGHIj     | ''",
    })
    void shareOfCapitalsDecidesAtTheRatioInclusively(Double ratio, String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, matched(10, ratio, text));
    }

    @Test
    void spanIsReportedInTheTextField() {
        String text = "hey YOU ARE ALL WRONG ABOUT THIS";
        List<CollectedSpans.Span> spans = CollectedSpans.of(new ShoutingRule(new ShoutingRule.Params(null, null)), text);
        assertEquals(List.of(new CollectedSpans.Span(Field.TEXT, 4, text.length())), spans);
    }

    @Test
    void defaultsAreTwentyLettersAndSeventyPercent() {
        ShoutingRule.Params params = new ShoutingRule.Params(null, null);
        assertEquals(20, params.minLetters());
        assertEquals(0.7, params.ratio());
    }

    @ParameterizedTest(name = "minLetters={0}, ratio={1}")
    @CsvSource({"0, 0.7", "-1, 0.7", "20, 0", "20, -0.1", "20, 1.01"})
    void unreasonableParametersAreRefused(int minLetters, double ratio) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShoutingRule.Params(minLetters, ratio));
        assertEquals("minLetters must be positive and ratio between 0 and 1", e.getMessage());
    }

    @Test
    void shoutingIsWeak() {
        // Capitals are rude, not by themselves a reason to refuse a comment.
        assertTrue(new ShoutingRule(new ShoutingRule.Params(null, null)).weak());
    }
}
