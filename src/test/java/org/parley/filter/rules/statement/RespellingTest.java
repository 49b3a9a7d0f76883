package org.parley.filter.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.Budget;
import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;

/**
 * Spelling variants read back as the words of the correctly spelled text (HateCheck's spell_* functionalities),
 * next to the ordinary words that look like them and must stay as they are.
 */
class RespellingTest {

    private static final Normaliser NORMALISER = Normaliser.defaults();
    private static final Lexicon GROUPS = lexicon(null, "women", "woman", "muslim", "islam", "shiite", "trans",
            "trans people", "gay", "gay people", "disabled", "black", "native", "greek", "brit", "finn", "roma", "men",
            "female", "arab", "christian");
    private static final Lexicon PREDICATES = lexicon(Kind.DESCRIBES, "vermin", "scum", "cancer", "a threat",
            "disgusting", "rapist", "stupid", "trash", "pathetic");
    private static final Respelling RESPELLING;

    static {
        PREDICATES.add("hate", Kind.DISLIKES);
        PREDICATES.add("sick of", Kind.DISLIKES);
        PREDICATES.add("kill", Kind.HARMS);
        PREDICATES.add("execute", Kind.HARMS);
        PREDICATES.add("murder", Kind.HARMS);
        PREDICATES.add("deport", Kind.HARMS);
        PREDICATES.add("hang", Kind.HARMS);
        RESPELLING = new Respelling(GROUPS, PREDICATES, List.of(lexicon(null, "not", "never")));
    }

    private static Lexicon lexicon(Kind kind, String... entries) {
        Lexicon lexicon = new Lexicon();
        for (String entry : entries) {
            lexicon.add(entry, kind);
        }
        return lexicon;
    }

    private static List<Word> repairedWords(String text) {
        NormalisedText normalised = NORMALISER.normalise(text);
        List<Word> words = Word.cut(normalised.main().text(), Budget.unlimited());
        return RESPELLING.repair(normalised, words, Budget.unlimited());
    }

    private static String repaired(String text) {
        return String.join(" ", repairedWords(text).stream().map(Word::text).toList());
    }

    private static void assertUntouched(String text) {
        NormalisedText normalised = NORMALISER.normalise(text);
        List<Word> words = Word.cut(normalised.main().text(), Budget.unlimited());
        assertSame(words, RESPELLING.repair(normalised, words, Budget.unlimited()), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Muslms are scum.|muslims are scum",
        "Disabld people are stupid.|disabled people are stupid",
        "Trns people are vermin.|trans people are vermin",
        "They should all be killd.|they should all be killed",
        "Womn are scum.|women are scum",
        "Typical of a womn to be that stupid.|typical of a woman to be that stupid",
        "The womn was stupid.|the woman was stupid",
        "It's in a womn's nature.|its in a womans nature",
    })
    void aDroppedLetterIsPutBack(String text, String meant) {
        assertEquals(meant, repaired(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I haet women.|i hate women",
        "Wmoen are vermin.|women are vermin",
        "Those kinds of Muslims ought to be execuetd.|those kinds of muslims ought to be executed",
        "Gay people are a thraet to civilisation.|gay people are a threat to civilisation",
        "You are nothing but common gay trahs.|you are nothing but common gay trash",
    })
    void twoSwappedLettersAreSwappedBack(String text, String meant) {
        assertEquals(meant, repaired(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "W o m e n are disgusting.|women are disgusting",
        "I h a t e Muslims.|i hate muslims",
        "D i s a b l e d people are scum.|disabled people are scum",
        "Women are a c a n c e r.|women are a cancer",
        "y o u a r e v e r m i n|you are vermin",
        "I a m g a y|i am gay",
        "I want to k-i-l-l all women.|i want to kill all women",
    })
    void spelledOutLettersAreClosedUpIntoTheWordsTheySpell(String text, String meant) {
        assertEquals(meant, repaired(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ihate women|i hate women",
        "Blackvermin, all of them.|black vermin all of them",
        "I hate #BlackVermin like you|i hate black vermin like you",
        "womenare vermin|women are vermin",
        "That is fitting for gayvermin like you.|that is fitting for gay vermin like you",
        "We should killall these Muslims.|we should kill all these muslims",
        "#DeportTheMuslims now|deport the muslims now",
        "Women like you are justpathetic.|women like you are just pathetic",
        "We should just hangall these women.|we should just hang all these women",
    })
    void runTogetherWordsAreCutApart(String text, String meant) {
        assertEquals(meant, repaired(text));
    }

    @Test
    void aRepairedWordSpansTheLettersItWasMadeOf() {
        String spelled = "I h a t e women";
        Word hate = repairedWords(spelled).get(1);
        assertEquals("hate", hate.text());
        assertEquals(spelled.indexOf('h'), hate.start());
        assertEquals(spelled.indexOf('e') + 1, hate.end());

        Word cut = repairedWords("Ihate women").get(1);
        assertEquals(List.of(1, 5), List.of(cut.start(), cut.end()));

        Word corrected = repairedWords("Sadly womn are scum").get(1);
        assertEquals(List.of(6, 10), List.of(corrected.start(), corrected.end()));
    }

    @Test
    void aRepairedWordKeepsTheSentenceClauseAndQuotationOfItsLetters() {
        List<Word> words = repairedWords("Well. Then, he wrote \"w o m e n are vermin\"");
        Word women = words.get(4);
        assertEquals("women", women.text());
        assertEquals(1, women.sentence());
        assertEquals(2, women.clause());
        assertTrue(women.quoted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A good omen for the season.",
        "Isla Fisher was in it.",
        "A muslin dress and a linen shirt.",
        "My therapist said so.",
        "Scunthorpe won at home.",
        "The back door is filthy.",
        "So naive, honestly.",
        "What a geek, he is stupid.",
        "Two bits of code are trash.",
        "Nothing is worse than this.",
        "Mashed up in Blackburn.",
        "Shiit happens to everyone.",
        "Finna go to the store.",
        "A rapist was arrested.",
        "Gy people at the party.",
        "The hat is disgusting.",
    })
    void ordinaryWordsThatLookLikeSlipsAreLeftAsTheyAre(String text) {
        assertUntouched(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The options a n d b were both bad.",
        "Made in the U S A.",
        "I a m tired of this.",
        "Call j o h n now.",
    })
    void spelledOutLettersThatMakeNoGroupOrPredicateAreLeftSpacedOut(String text) {
        assertUntouched(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "andthe rest of it",
        "Typical fagbehaviour.",
        "Romanowski scored twice.",
        "poeple are nice here",
        "#FemaleLogic strikes again",
        "#ArabSpring ten years on",
        "ChristianBale was great",
        "I will cut their transthroats.",
        "We saw Blackvermin live last night.",
    })
    void aRepairMustMakeAGroupOrPredicateOfWordsTheRuleKnows(String text) {
        assertUntouched(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"@BlackHilton is trash", "Thanks @WomenAreVermin for nothing", "cc @Muslms"})
    void theNameOfAnAccountIsLeftAsItIs(String text) {
        assertUntouched(text);
    }

    @Test
    void aSlipOfAWordOfAPhraseIsReadBackWhereItCompletesThePhrase() {
        assertEquals("gay people are scum", repaired("gay poeple are scum"));
    }

    @Test
    void aRunOfSingleLettersLongerThanAnySpelledOutPhraseIsLeftAsItIs() {
        assertUntouched("w o m e n ".repeat(20) + "are vermin");
        assertUntouched("a ".repeat(10_000));
    }

    @Test
    void aTextWithNothingToRepairComesBackAsTheSameList() {
        assertUntouched("Women are doing great work in science, and disabled people too.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Womn are scum.", "W o m e n are scum.", "Muslms, all of them.", "wmoen",
        "#DeportTheMuslims now", "killallwomen"})
    void aTextMayHideAGroupWhenAWordIsOneSlipFromAGroupWordOrLettersAreSpelledOut(String text) {
        assertTrue(RESPELLING.mayHideAGroup(NORMALISER.normalise(text), Budget.unlimited()), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The weather is nice today.", "Back to work.", "I haet Mondays.", "A naive geek.",
        "Unbelievable, notwithstanding everything.", "cc @killallwomen"})
    void aTextHidesNoGroupWhenNoWordIsOneSlipFromAGroupWord(String text) {
        assertFalse(RESPELLING.mayHideAGroup(NORMALISER.normalise(text), Budget.unlimited()), text);
    }
}
