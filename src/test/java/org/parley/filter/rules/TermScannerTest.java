package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.Budget;
import org.parley.filter.Category;
import org.parley.filter.CollectedSpans;
import org.parley.filter.CompiledRule;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Signals;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.rules.TermsRule.Match;
import org.parley.filter.text.Normaliser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class TermScannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CompiledRule terms(String name, String params) {
        try {
            return RuleCompiler.compile(new RuleSpec(null, name, "", RuleType.TERMS, Category.ABUSIVE, 1, true,
                    RuleMode.ENFORCE, JSON.readTree(params)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static CompiledRuleSet ruleSet(CompiledRule... rules) {
        return new CompiledRuleSet(List.of(rules), Thresholds.uniform(5, 10), 1);
    }

    private static Inspection inspection(CompiledRuleSet set, Submission submission) {
        return Inspection.of(submission, Normaliser.defaults(), Signals.NONE, set.terms(), Budget.unlimited());
    }

    /** What one rule of the set reports on an inspection shared with the others, as "field:text". */
    private static List<String> reported(CompiledRule rule, Inspection input) {
        CollectedSpans collected = new CollectedSpans();
        rule.matcher().match(input, collected);
        return collected.spans.stream().map(sp -> sp.field().key() + ":"
                + input.original(sp.field()).substring(sp.start(), sp.end())).toList();
    }

    /** What a one-list rule reports on its own. */
    private static List<String> matched(TermsRule.Params params, String text) {
        TermsRule rule = new TermsRule(params, Normaliser.defaults());
        return CollectedSpans.of(rule, text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
    }

    private static TermsRule.Params words(Match match, String... terms) {
        return new TermsRule.Params(Arrays.stream(terms).map(TermsRule.Term::of).toList(), match, null, null);
    }

    // ---- one scanner for the whole set --------------------------------------------------------------------

    private static final CompiledRule INSULTS = terms("insults", "{\"terms\":[\"idiot\",\"moron\",\"troll\"]}");
    private static final CompiledRule SPAM = terms("spam", "{\"terms\":[\"viagra\",\"casino\",\"troll\"]}");
    private static final CompiledRule NAMES = terms("names",
            "{\"terms\":[\"admin\",\"moderator\"],\"field\":\"userName\"}");

    @Test
    void termListsOfASetShareOneScanner() {
        CompiledRuleSet set = ruleSet(INSULTS, SPAM, NAMES);
        TermScanner scanner = set.terms();
        for (CompiledRule rule : List.of(INSULTS, SPAM, NAMES)) {
            assertTrue(scanner.covers(((TermsRule) rule.matcher()).table()), rule.spec().name());
        }
        assertNotEquals(scanner.indexOf(((TermsRule) INSULTS.matcher()).table()),
                scanner.indexOf(((TermsRule) SPAM.matcher()).table()));
    }

    @Test
    void textIsScannedOnceForAllListsOfAField() {
        CompiledRuleSet set = ruleSet(INSULTS, SPAM);
        Inspection input = inspection(set, Submission.of("you idiot"));
        assertEquals(List.of("text:idiot"), reported(INSULTS, input));
        // However many term rules there are, a submission is scanned once per field and the lists share it.
        Object scan = input.remember(set.terms().scanKey(Field.TEXT), () -> fail("the scan was not shared"));
        assertEquals(2, ((List<?>) scan).size());
        assertEquals(List.of(), reported(SPAM, input));
    }

    @Test
    void eachListReportsOnlyItsOwnTerms() {
        CompiledRuleSet set = ruleSet(INSULTS, SPAM);
        Inspection input = inspection(set, Submission.of("Idiot! Visit our casino, moron, for VIAGRA"));
        assertEquals(List.of("text:Idiot", "text:moron"), reported(INSULTS, input));
        assertEquals(List.of("text:casino", "text:VIAGRA"), reported(SPAM, input));
    }

    @Test
    void termInTwoListsIsReportedForBoth() {
        CompiledRuleSet set = ruleSet(INSULTS, SPAM);
        Inspection input = inspection(set, Submission.of("what a TROLL"));
        assertEquals(List.of("text:TROLL"), reported(INSULTS, input));
        assertEquals(List.of("text:TROLL"), reported(SPAM, input));
    }

    @Test
    void userNameListSeesOnlyTheAuthorAndTextListsOnlyTheText() {
        CompiledRule textAdmin = terms("admin in text", "{\"terms\":[\"admin\",\"idiot\"]}");
        CompiledRuleSet set = ruleSet(textAdmin, NAMES);
        Inspection input = inspection(set, new Submission("the admin is an idiot", "Real Admin", null));
        assertEquals(List.of("userName:Admin"), reported(NAMES, input));
        assertEquals(List.of("text:admin", "text:idiot"), reported(textAdmin, input));
    }

    @Test
    void userNameListFindsNothingWithoutAnAuthor() {
        CompiledRuleSet set = ruleSet(INSULTS, NAMES);
        assertEquals(List.of(), reported(NAMES, inspection(set, Submission.of("ask the admin or a moderator"))));
    }

    @Test
    void listOutsideTheSetStillMatchesWithItsOwnScanner() {
        // A rule checked on its own (a draft, a test) must not depend on a set that does not know its list.
        CompiledRuleSet set = ruleSet(SPAM);
        CompiledRule disabled = RuleCompiler.compile(new RuleSpec(null, "off", "", RuleType.TERMS, Category.ABUSIVE,
                1, false, RuleMode.ENFORCE, JSON.valueToTree(Map.of("terms", List.of("idiot")))));
        assertFalse(ruleSet(SPAM, disabled).terms().covers(((TermsRule) disabled.matcher()).table()),
                "a disabled list is left out of the shared scanner");
        Inspection input = inspection(set, Submission.of("idiot at the casino"));
        assertEquals(List.of("text:idiot"), reported(disabled, input));
        assertEquals(List.of("text:casino"), reported(SPAM, input));
    }

    // ---- masked words -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "what the f*ck          | f*ck",
            "you b**ch              | b**ch",
            "SH*T happens           | SH*T",
            "f**k this              | f**k",
            "b*tch and f*ck         | b*tch ; f*ck",
            "s***                   | ''",
            "f***                   | ''",
            "b***h                  | ''",
            "*uck                   | ''",
            "f*k                    | ''",
            "f*cks                  | ''",
            "d*ck                   | ''",
            "5*3 = 15 and a*b       | ''",
    })
    void maskedWordMatchesASingleWordTermOfTheSameShapeUnlessTooMuchIsHidden(String text, String expected) {
        // At most half the letters may be masked ("f**k" yes), and the first and last must show.
        List<String> want = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(";")).map(String::strip).toList();
        assertEquals(want, matched(words(Match.WORD, "fuck", "shit", "bitch"), text));
    }

    @Test
    void maskedWordsAreReadInPhrasesAndLongerWordsButNotForSubstringTerms() {
        assertEquals(List.of("sh*t up"), matched(words(Match.WORD, "shut up"), "sh*t up"));
        assertEquals(List.of("k*ll y*urself"), matched(words(Match.WORD, "kill yourself"), "k*ll y*urself"));
        assertEquals(List.of(), matched(words(Match.SUBSTRING, "fuck"), "f*ck"));
        assertEquals(List.of("f*ck"), matched(words(Match.PREFIX, "fuck"), "f*ck"));
        // A prefix term highlights its own letters, as it does unmasked ("idiot" in "idiots").
        assertEquals(List.of("f*ck"), matched(words(Match.PREFIX, "fuck"), "f*cking"));
    }

    @Test
    void aListedWordWinsOverAWordOfAPhraseWithTheSameShape() {
        TermsRule.Params params = new TermsRule.Params(List.of(TermsRule.Term.of("where to buy"),
                TermsRule.Term.of("whore")), Match.WORD, null, null);
        assertEquals(List.of("wh*re"), matched(params, "you wh*re"));
    }

    @Test
    void exceptionExcusesTheUnmaskedWord() {
        TermsRule.Params params = new TermsRule.Params(
                List.of(new TermsRule.Term("dick", null, List.of("dick cheney"))), Match.WORD, null, null);
        assertEquals(List.of(), matched(params, "Dick Cheney spoke"));
        assertEquals(List.of("dick"), matched(params, "what a dick"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"The council built a dyke against the flooding.", "A walk along the dyke by the sea.",
        "Dykes hold back the sea"})
    void aWordOfAnotherSenseNearATermExcusesIt(String text) {
        TermsRule.Params params = new TermsRule.Params(List.of(new TermsRule.Term("dyke", null, null,
                List.of("flood", "sea"))), Match.WORD, null, null);
        assertEquals(List.of(), matched(params, text));
    }

    @Test
    void aTermSaidToSomeoneCountsWhateverIsNear() {
        TermsRule.Params params = new TermsRule.Params(List.of(new TermsRule.Term("bitch", null, null,
                List.of("dog"))), Match.WORD, null, null);
        assertEquals(List.of("bitch"), matched(params, "shut up you bitch, and take your dog"));
        assertEquals(List.of("bitch"), matched(params, "what a bitch she is"));
        assertEquals(List.of(), matched(params, "my bitch is the best dog in the show"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"D*ck Cheney spoke", "d*ck cheney"})
    void exceptionAlsoExcusesAMaskedSpelling(String text) {
        TermsRule.Params params = new TermsRule.Params(
                List.of(new TermsRule.Term("dick", null, List.of("dick cheney"))), Match.WORD, null, null);
        assertEquals(List.of(), matched(params, text));
    }

    // ---- joined letters -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "f u c k you          | f u c k",
            "f.u.c.k              | f.u.c.k",
            "oh F-U-C-K!          | F-U-C-K",
            "s_h_i_t              | s_h_i_t",
    })
    void lettersSpelledOutMatchAWholeWordTerm(String text, String expected) {
        assertEquals(List.of(expected), matched(words(Match.WORD, "fuck", "shit"), text));
    }

    @ParameterizedTest(name = "{0} \"{1}\" in \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "SUBSTRING | fuck     | f u c k",
            "WORD      | fuck     | b u f u c k",
    })
    void lettersSpelledOutDoNotMatchInsideOtherLetters(Match match, String term, String text) {
        // Ordinary text closes up too ("a b c" reads "abc"), so a spelled-out match must stand on its own.
        assertEquals(List.of(), matched(words(match, term), text));
    }

    @ParameterizedTest(name = "{0} \"{1}\" in \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "PREFIX    | fuck     | f u c k            | f u c k",
            "PREFIX    | fuck     | f.u.c.k.i.n.g      | f.u.c.k",
            "WORD      | fuck off | f u c k off        | f u c k off",
            "WORD      | fuck     | a f u c k          | f u c k",
    })
    void lettersSpelledOutMatchPrefixAndPhraseTermsToo(Match match, String term, String text, String expected) {
        assertEquals(List.of(expected), matched(words(match, term), text));
    }

    @Test
    void ordinaryInitialsDoNotCloseUpIntoATerm() {
        assertEquals(List.of(), matched(words(Match.WORD, "fuck"), "the F. U. C. Kennedy report"));
    }
}
