package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Field;

class RepetitionRuleTest {

    private static RepetitionRule rule(Integer maxCharRun, Integer maxWordRun, Boolean mash) {
        return new RepetitionRule(new RepetitionRule.Params(maxCharRun, maxWordRun, mash));
    }

    private static List<String> matched(RepetitionRule rule, String text) {
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    /** Expected matches written as "a ; b", or '' for none. */
    private static List<String> list(String expected) {
        return expected == null || expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "maxCharRun={0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "    | aaaaaaaa                 | ''",
            "    | aaaaaaaaa                | aaaaaaaaa",
            "    | what?!!!!!!!!!!          | !!!!!!!!!!",
            "    | so good.........         | .........",
            "    | a                   b    | ''",
            "    | line\\n\\n\\n\\n\\n\\n\\n\\n\\n\\nend | ''",
            "3   | Sooo good                | ''",
            "3   | Soooo good               | oooo",
            "3   | hmmmm... noooooo         | mmmm ; oooooo",
            "2   | aa bb ccc                | ccc",
    })
    void runOfOneCharacterLongerThanAllowedIsOneMatch(Integer maxCharRun, String text, String expected) {
        // White space is layout, not repetition: long gaps and blank lines are left alone.
        assertEquals(list(expected), matched(rule(maxCharRun, null, false), text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "maxWordRun={0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "    | buy buy buy                        | ''",
            "    | buy buy buy buy                    | buy buy buy buy",
            "    | please Buy, BUY! buy? buy now      | Buy, BUY! buy? buy",
            "    | no no no no and yes yes yes yes    | no no no no ; yes yes yes yes",
            "    | buy buy sell buy buy               | ''",
            "    | 100 100 100 100                    | 100 100 100 100",
            "1   | very very good                     | very very",
            "1   | it is what it is                   | ''",
            "5   | go go go go go                     | ''",
            "5   | go go go go go go                  | go go go go go go",
    })
    void runOfOneWordLongerThanAllowedIsOneMatch(Integer maxWordRun, String text, String expected) {
        // Case and the punctuation between the words do not break a run.
        assertEquals(list(expected), matched(rule(null, maxWordRun, false), text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "asdfghjkl                     | asdfghjkl",
            "ugh qwerty                    | qwerty",
            "POIUYTREWQ                    | POIUYTREWQ",
            "lkjhgf and zxcvbn             | lkjhgf ; zxcvbn",
            "qwert                         | ''",
            "my pin is 123456              | 123456",
            "NATO and the U.S. met in Baghdad | ''",
    })
    void keyboardMashIsFoundAlongOneRow(String text, String expected) {
        assertEquals(list(expected), matched(rule(null, null, true), text));
    }

    @Test
    void mashCanBeSwitchedOff() {
        assertEquals(List.of(), matched(rule(null, null, false), "asdfghjkl qwertyuiop"));
        assertEquals(List.of("asdfghjkl", "qwertyuiop"),
                matched(rule(null, null, null), "asdfghjkl qwertyuiop").stream().sorted().toList());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "NATO and the U.S. met in Baghdad",
            "Bookkeeper Mississippi committee; all good.",
            "It was a very, very long day -- and we're done.",
            "Scores: 10, 100, 1000.",
            ""})
    void ordinaryTextIsNotRepetition(String text) {
        assertEquals(List.of(), matched(rule(null, null, null), text));
    }

    @Test
    void spansAreInTheTextFieldAndIndexTheOriginal() {
        String text = "Hey buy buy buy buy!!!!!!!!!";
        List<CollectedSpans.Span> spans = CollectedSpans.of(rule(null, null, null), text);
        assertEquals(List.of(new CollectedSpans.Span(Field.TEXT, 19, 28), new CollectedSpans.Span(Field.TEXT, 4, 19)),
                spans);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "\u0130stanbul: no no no no!  | no no no no",
            "\u0130 qwerty                | qwerty",
    })
    void spansStayOnTheOriginalWhenLowerCasingChangesTheLength(String text, String expected) {
        List<CollectedSpans.Span> spans = CollectedSpans.of(rule(null, null, true), text);
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).end() <= text.length(), "span " + spans.get(0) + " runs past the text");
        assertEquals(expected, text.substring(spans.get(0).start(), spans.get(0).end()));
    }

    @Test
    void defaultsAreEightCharactersThreeWordsAndMashOn() {
        RepetitionRule.Params params = new RepetitionRule.Params(null, null, null);
        assertEquals(8, params.maxCharRun());
        assertEquals(3, params.maxWordRun());
        assertTrue(params.mash());
    }

    @ParameterizedTest(name = "maxCharRun={0}, maxWordRun={1}")
    @CsvSource({"1, 3", "0, 3", "-5, 3", "8, 0", "8, -1"})
    void unreasonableParametersAreRefused(int maxCharRun, int maxWordRun) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RepetitionRule.Params(maxCharRun, maxWordRun, null));
        assertEquals("maxCharRun must be at least 2 and maxWordRun at least 1", e.getMessage());
    }

    @Test
    void repetitionIsWeak() {
        assertTrue(rule(null, null, null).weak());
    }
}
