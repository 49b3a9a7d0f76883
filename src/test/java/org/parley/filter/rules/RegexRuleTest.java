package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Field;
import org.parley.filter.Submission;
import org.parley.filter.rules.RegexRule.On;

class RegexRuleTest {

    private static RegexRule rule(String pattern, Field field, On on) {
        return new RegexRule(new RegexRule.Params(pattern, field, on, null), org.parley.filter.text.Normaliser.defaults());
    }

    /** The stretches of the original text that the rule reports. */
    private static List<String> matched(RegexRule rule, String text) {
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Get FREE MONEY now                | free money | FREE MONEY",
            "FrEe MoNeY                        | free money | FrEe MoNeY",
            "\uFF26\uFF32\uFF25\uFF25 money    | free money | \uFF26\uFF32\uFF25\uFF25 money",
            "so, fr\u00E9e money?              | free money | fr\u00E9e money",
            "fr33 m0ney!                       | free money | fr33 m0ney",
            "f&#114;ee money                   | free money | f&#114;ee money",
            "c\u0430sh now (Cyrillic a)        | cash       | c\u0430sh",
            "cheap   pills, cheap pills        | cheap\\s+pills | cheap   pills",
    })
    void normalisedReadingMatchesDisguisedTextAndReportsTheOriginalSpan(String text, String pattern,
            String expected) {
        // The moderator must see what the author wrote, not the folded form the pattern ran on.
        assertEquals(expected, matched(rule(pattern, null, null), text).get(0));
    }

    @Test
    void everyMatchIsReportedAsASpanOfTheOriginal() {
        String text = "\uFF26\uFF32\uFF25\uFF25 money, then free money again";
        List<CollectedSpans.Span> spans = CollectedSpans.of(rule("free money", null, null), text);
        assertEquals(List.of(new CollectedSpans.Span(Field.TEXT, 0, 10),
                new CollectedSpans.Span(Field.TEXT, 17, 27)), spans);
        assertEquals("\uFF26\uFF32\uFF25\uFF25 money", text.substring(0, 10));
        assertEquals("free money", text.substring(17, 27));
    }

    @Test
    void normalisedReadingIsTheDefault() {
        RegexRule.Params params = new RegexRule.Params("x", null, null, null);
        assertEquals(On.NORMALISED, params.on());
        assertEquals(Field.TEXT, params.field());
    }

    @ParameterizedTest(name = "\"{1}\" on \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "FREE money                        | FREE       | FREE",
            "free money                        | FREE       | ''",
            "Free money                        | FREE       | ''",
            "\uFF26\uFF32\uFF25\uFF25 money    | FREE       | ''",
            "fr\u00E9e money                   | free       | ''",
            "fr\u00E9e money                   | fr\u00E9e  | fr\u00E9e",
            "Call NOW, now, Now                | N[Oo]w     | Now",
    })
    void originalReadingIsCaseSensitiveAndExact(String text, String pattern, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, matched(rule(pattern, null, On.ORIGINAL), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NORMALISED", "ORIGINAL"})
    void userNameFieldReadsTheAuthorAndNotTheText(On on) {
        String author = "Cheap-Pills-Bot";
        Submission submission = new Submission("I am no bot, honestly", author, null);
        List<CollectedSpans.Span> spans = CollectedSpans.of(rule("(?i)bot$", Field.AUTHOR, on), submission);
        assertEquals(List.of(new CollectedSpans.Span(Field.AUTHOR, 12, 15)), spans);
        assertEquals("Bot", author.substring(12, 15));
    }

    @Test
    void absentAuthorReadsAsEmpty() {
        assertEquals(List.of(), CollectedSpans.of(rule("^$|bot", Field.AUTHOR, On.ORIGINAL),
                new Submission("bot", null, null)));
    }

    @ParameterizedTest(name = "\"{0}\" on \"{1}\" ({2})")
    @CsvSource(delimiter = '|', value = {
            "x*      | abc      | NORMALISED | ''",
            "x*      | abc      | ORIGINAL   | ''",
            "^       | abc      | NORMALISED | ''",
            "\\b     | a b c    | ORIGINAL   | ''",
            "a*      | baaab    | NORMALISED | aaa",
            "a*      | baaab    | ORIGINAL   | aaa",
    })
    void emptyMatchesAreNeverReported(String pattern, String text, On on, String expected) {
        // An empty span would highlight nothing yet count the rule's score.
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, matched(rule(pattern, null, on), text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"(", "a{2,1}", "[z-a]", "*a", "a)", "(?<name"})
    void invalidPatternIsRefusedSayingSo(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rule(pattern, null, null));
        assertTrue(e.getMessage().startsWith("the pattern is not valid: "), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankPatternIsRefused(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rule(pattern, null, null));
        assertEquals("a regex rule needs a pattern", e.getMessage());
    }

    @Test
    void nullPatternIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rule(null, null, null));
        assertEquals("a regex rule needs a pattern", e.getMessage());
    }

    @Test
    void overLongPatternIsRefusedNamingTheLimit() {
        String pattern = "a".repeat(RegexRule.MAX_PATTERN_LENGTH + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rule(pattern, null, null));
        assertEquals("a pattern can be at most " + RegexRule.MAX_PATTERN_LENGTH + " characters", e.getMessage());
    }

    @Test
    void patternOfExactlyTheMaximumLengthIsAccepted() {
        String pattern = "a".repeat(RegexRule.MAX_PATTERN_LENGTH);
        assertEquals(List.of(pattern), matched(rule(pattern, null, On.ORIGINAL), "x" + pattern + "x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NORMALISED", "ORIGINAL"})
    void catastrophicBacktrackingPatternCompletes(On on) {
        // A backtracking engine would take exponential time here; RE2 is linear, so this simply returns.
        String text = "a".repeat(5000) + "!";
        assertEquals(List.of(), matched(rule("(a+)+$", null, on), text));
    }

    @Test
    void regexRuleIsNotWeak() {
        assertFalse(rule("x", null, null).weak(), "a pattern an admin wrote may reject on its own");
    }

    @Test
    void aPatternWithRequiredWordsRunsOnlyWhereOneOfThemStands() {
        RegexRule rule = new RegexRule(new RegexRule.Params("(free|cheap) (pills|watches)", null, null,
                List.of("Pills", "watches*")), org.parley.filter.text.Normaliser.defaults());
        assertEquals(List.of("cheap pills"), CollectedSpans.of(rule, "Buy CHEAP PILLS now").stream()
                .map(sp -> "Buy CHEAP PILLS now".substring(sp.start(), sp.end()).toLowerCase()).toList());
        assertEquals(List.of(), CollectedSpans.of(rule, "free pill"));
    }

    @Test
    void aPatternWithTwoRequiredListsRunsOnlyWhereBothFindAWord() {
        RegexRule rule = new RegexRule(new RegexRule.Params("(idiot|moron)", null, null, List.of("idiot", "moron"),
                List.of("you", "your")), org.parley.filter.text.Normaliser.defaults());
        assertEquals(List.of("idiot"), matched(rule, "you idiot"));
        assertEquals(List.of(), matched(rule, "what an idiot"));
        assertEquals(List.of(), matched(rule, "you are kind"));
    }

    @Test
    void wordsRequiredByAPatternOnTheNormalisedTextCountOnlyInTheFormThePatternReads() {
        // The pattern reads the main form, where "f u c k" stays spelled out and "fuuuuck" keeps two u's: a
        // required word that only the joined or squeezed reading finds does not run it, whatever it would match.
        RegexRule spelled = new RegexRule(new RegexRule.Params("f u c k|fuu+ck|fuck", null, null,
                List.of("fuck")), org.parley.filter.text.Normaliser.defaults());
        assertEquals(List.of(), matched(spelled, "f u c k this"));
        assertEquals(List.of(), matched(spelled, "fuuuuck this"));
        assertEquals(List.of("fuck"), matched(spelled, "fuck this"));
        // A masked word is read as the listed word it stands for, so a pattern written for masks still runs.
        RegexRule masked = new RegexRule(new RegexRule.Params("f\\*ck", null, null, List.of("fuck")),
                org.parley.filter.text.Normaliser.defaults());
        assertEquals(List.of("f*ck"), matched(masked, "f*ck this"));
        // A pattern on the original reads what the author wrote, where any reading may have found the word.
        RegexRule original = new RegexRule(new RegexRule.Params("f u c k", null, On.ORIGINAL, List.of("fuck")),
                org.parley.filter.text.Normaliser.defaults());
        assertEquals(List.of("f u c k"), matched(original, "f u c k this"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"f*", "x", "**"})
    void aRequiredWordOfOneLetterIsRefusedBecauseItWouldArmThePatternEverywhere(String word) {
        assertThrows(IllegalArgumentException.class, () -> new RegexRule(
                new RegexRule.Params("f\\*+k", null, null, List.of(word, "fuck*")), org.parley.filter.text.Normaliser.defaults()));
    }
}
