package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.CollectedSpans;
import org.parley.filter.Submission;
import org.parley.filter.rules.TermsRule.Match;
import org.parley.filter.text.Normaliser;

class TermsRuleTest {

    /** A reported span, with the text it covers in the original. */
    private record Span(int start, int end, String text) {
    }

    private static List<Span> spans(Match match, String text, String... terms) {
        TermsRule rule = new TermsRule(params(match, terms), Normaliser.defaults());
        return CollectedSpans.of(rule, text).stream()
                .map(sp -> new Span(sp.start(), sp.end(), text.substring(sp.start(), sp.end()))).toList();
    }

    private static TermsRule.Params params(Match match, String... terms) {
        return new TermsRule.Params(Arrays.stream(terms).map(t -> t == null ? null : TermsRule.Term.of(t)).toList(),
                match, null, null);
    }

    private static List<String> matched(Match match, String text, String... terms) {
        return spans(match, text, terms).stream().map(Span::text).toList();
    }

    // ---- WORD ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "a class act", "Grass grows", "the assassination", "passive", "bass", "Massachusetts",
            "ass\u00E9", "\u00E9ass", "\u00DFass", "\u4E2Dass", "ass2", "3ass",
            "\uD835\uDC01ass", // MATHEMATICAL BOLD CAPITAL B: a letter outside the BMP, stored as two surrogates
            "ass\uD835\uDC00"})
    void wordTermDoesNotMatchInsideALongerWord(String text) {
        // Boundaries must know Unicode letters, or "ass" would fire on "assé" or after a non-Latin letter.
        assertEquals(List.of(), matched(Match.WORD, text, "ass"));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ass                      | ass",
            "you ass.                 | ass",
            "What an ASS!             | ASS",
            "(Ass)                    | Ass",
            "smart-ass                | ass",
            "\"ass\"                  | ass",
            "l'ass                    | ass",
            "\u00E9 ass \u00E9        | ass",
            "\uD83D\uDE00ass\uD83D\uDE00 | ass",
    })
    void wordTermMatchesAWholeWordWhateverSurroundsIt(String text, String expected) {
        // An emoji is not a letter, so it bounds a word like punctuation does.
        assertEquals(List.of(expected), matched(Match.WORD, text, "ass"));
    }

    @Test
    void wordTermMatchesAPhraseAsAWhole() {
        assertEquals(List.of("KILL YOURSELF"), matched(Match.WORD, "Just KILL YOURSELF now.", "kill yourself"));
        assertEquals(List.of(), matched(Match.WORD, "kill yourselfie", "kill yourself"));
        assertEquals(List.of(), matched(Match.WORD, "skill yourself", "kill yourself"));
    }

    @Test
    void phraseDoesNotMatchItsWordsApart() {
        assertEquals(List.of(), matched(Match.WORD, "kill time, be yourself", "kill yourself"));
    }

    // ---- PREFIX and SUBSTRING -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "WORD      | idiot           | idiot",
            "WORD      | idiots          | ''",
            "WORD      | nonidiot        | ''",
            "PREFIX    | idiot           | idiot",
            "PREFIX    | idiots          | idiot",
            "PREFIX    | Idiotic         | Idiot",
            "PREFIX    | nonidiot        | ''",
            "PREFIX    | non-idiots      | idiot",
            "PREFIX    | \u00E9idiot     | ''",
            "SUBSTRING | idiot           | idiot",
            "SUBSTRING | nonidiots       | idiot",
            "SUBSTRING | \u00E9IDIOT\u00E9 | IDIOT",
    })
    void matchModeDecidesWhereInAWordATermMayStand(Match mode, String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, matched(mode, text, "idiot"));
    }

    @Test
    void matchModeDefaultsToWord() {
        assertEquals(Match.WORD, params(null, "x").match());
        assertEquals(List.of(), matched(null, "idiots", "idiot"));
        assertEquals(List.of("idiot"), matched(null, "idiot", "idiot"));
    }

    // ---- case and offsets ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "term \"{0}\" in \"{1}\"")
    @CsvSource({
            "idiot, IDIOT",
            "IDIOT, idiot",
            "IdIoT, iDiOt",
            "'  idiot  ', Idiot",
            "\u00C9CRAN, \u00E9cran",
            "\u00E9cran, \u00C9CRAN",
            "\u0434\u0443\u0440\u0430\u043A, \u0414\u0423\u0420\u0410\u041A",
    })
    void matchingIgnoresCaseOfTermAndText(String term, String text) {
        assertEquals(List.of(text), matched(Match.WORD, text, term));
    }

    @Test
    void offsetsIndexTheOriginalText() {
        // Emoji and accents before the match shift char positions; the span must still cover the original "IDIOT".
        String text = "\u00C7a, \uD83D\uDE00 c'est un IDIOT!";
        List<Span> found = spans(Match.WORD, text, "idiot");
        assertEquals(List.of(new Span(text.indexOf("IDIOT"), text.indexOf("IDIOT") + 5, "IDIOT")), found);
    }

    @Test
    void everyOccurrenceIsReportedInOrder() {
        String text = "idiot, IDIOT and Idiot; kill yourself, idiot";
        List<Span> found = spans(Match.WORD, text, "idiot", "kill yourself");
        assertEquals(List.of(
                new Span(0, 5, "idiot"),
                new Span(7, 12, "IDIOT"),
                new Span(17, 22, "Idiot"),
                new Span(24, 37, "kill yourself"),
                new Span(39, 44, "idiot")), found);
    }

    @Test
    void overlappingTermsAtOnePlaceAreOneFinding() {
        // A rule counts once anyway; one highlight per place keeps the moderator's view readable.
        List<String> found = matched(Match.PREFIX, "idiots", "idiot", "idiots");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("idiot"));
    }

    @Test
    void duplicateTermsInTheListAreReportedOnce() {
        assertEquals(List.of("idiot"), matched(Match.WORD, "idiot", "idiot", "IDIOT", " idiot"));
    }

    @Test
    void textWithoutTermsYieldsNothing() {
        assertEquals(List.of(), matched(Match.SUBSTRING, "A perfectly civil remark.", "idiot", "moron"));
    }

    @ParameterizedTest(name = "term \"{0}\" in \"{1}\"")
    @CsvSource({
            "\u039C\u0391\u039B\u0391\u039A\u0391\u03A3, \u039C\u0391\u039B\u0391\u039A\u0391\u03A3",
            "\u03BC\u03B1\u03BB\u03B1\u03BA\u03B1\u03C2, \u039C\u0391\u039B\u0391\u039A\u0391\u03A3",
            "\u0130stanbul, \u0130stanbul",
    })
    void termMatchesItsOwnSpellingInAnyScript(String term, String text) {
        assertEquals(List.of(text), matched(Match.WORD, text, term));
    }

    // ---- parameters ---------------------------------------------------------------------------------------

    static Stream<Arguments> emptyTermLists() {
        return Stream.of(
                Arguments.of("null list", null),
                Arguments.of("empty list", List.of()),
                Arguments.of("blank terms", List.of("", "  ", "\t")),
                Arguments.of("null terms", Arrays.asList(null, null)),
                Arguments.of("null and blank", Arrays.asList(null, " ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyTermLists")
    void termListWithoutARealTermIsRejected(String label, List<String> terms) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TermsRule.Params(terms == null ? null
                        : terms.stream().map(t -> t == null ? null : TermsRule.Term.of(t)).toList(), Match.WORD, null, null));
        assertEquals("a term list needs at least one term", e.getMessage());
    }

    @Test
    void blankAndNullEntriesBesideRealTermsAreIgnored() {
        // One real term is enough; the empty entries must not turn into an empty keyword that matches everywhere.
        TermsRule rule = new TermsRule(params(Match.SUBSTRING, null, "", " ", "idiot"), Normaliser.defaults());
        String text = "hello idiot";
        assertEquals(List.of("idiot"), CollectedSpans.of(rule, text).stream()
                .map(sp -> text.substring(sp.start(), sp.end())).toList());
    }
}
