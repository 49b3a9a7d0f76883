package org.parley.filter.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.filter.Inspection;
import org.parley.filter.Submission;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.rules.statement.StatementRule.Predicates;
import org.parley.filter.text.Normaliser;

/**
 * Statements about groups, each hateful form next to the innocent sentences that share its words: negation,
 * counter-speech that quotes or reports hate, news about a group, hostility to things rather than people.
 */
class StatementRuleTest {

    private static final StatementRule RULE = new StatementRule(new StatementRule.Params(
            List.of("kurd", "somali", "sikh", "roma", "pole", "afghan", "chinese people", "chinese", "iraqi",
                    "arab", "syrian", "mexican", "people from kurdistan"),
            List.of(new Predicates(Kind.DESCRIBES, List.of("vermin", "rat", "parasite", "disease", "animal", "thief",
                            "liar", "dirty", "filthy", "subhuman", "criminal", "scum")),
                    new Predicates(Kind.DISLIKES, List.of("hate", "despise", "can't stand", "sick of", "loathe")),
                    new Predicates(Kind.HARMS, List.of("deport", "kill", "exterminate", "gas", "burn", "wipe out",
                            "get rid of", "shoot")),
                    new Predicates(Kind.DENIES, List.of("good", "be trusted", "human", "honest")),
                    new Predicates(Kind.WITHHOLDS, List.of("trust"))),
            null, null, null), Normaliser.defaults());

    private static List<String> matches(String text) {
        List<String> found = new ArrayList<>();
        RULE.match(Inspection.of(Submission.of(text)), (field, start, end) -> found.add(text.substring(start, end)));
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Kurds are a disease on this country.",
        "Every Arab I ever met was a thief.",
        "Why are Somalis always so dirty?",
        "I think Afghans are subhuman.",
        "Filthy Roma everywhere in this town now.",
        "Sikhs are nothing but parasites",
        "I can't stand Chinese people.",
        "Honestly sick of Poles taking over the street.",
        "I hate Iraqis.",
        "Deport every Afghan in the country.",
        "Syrians should be gassed.",
        "We should burn them out, the Kurds, every last one.",
        "Mexicans are never any good.",
        "You can't trust a Kurd.",
        "Don't trust Somalis. They are all liars.",
        "Kurds are v3rm1n",
        "People from Kurdistan are rats.",
    })
    void aHatefulStatementAboutAGroupIsFound(String text) {
        assertFalse(matches(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Kurds are not vermin.",
        "I don't hate Iraqis, I hate this war.",
        "Calling Iraqis 'animals' is racist.",
        "He said Somalis should be deported, which is disgusting.",
        "Sikhs mark Vaisakhi with a parade through the city.",
        "Iraqi forces killed 20 IS fighters near Mosul.",
        "Police shot the Somali gunman after a chase.",
        "Somali voters turned out in record numbers.",
        "I hate single-use plastics.",
        "Rats were found in the Kurdish restaurant's kitchen, inspectors said.",
        "Afghan refugees are human beings like us.",
        "The Roma community is good at organising festivals.",
        "Chinese people celebrate the new year this week.",
        "Poles are the largest group of EU workers in the UK.",
        "Is it true that Kurds are not allowed to vote there?",
        "Comments like \"Kurds are vermin\" have no place here.",
        "If someone writes 'Syrians should be gassed', report it.",
        "No Afghan deserves to be deported to a war zone.",
        "It is obvious that Somalis are the very opposite of dirty.",
    })
    void anInnocentSentenceWithTheSameWordsIsNot(String text) {
        assertEquals(List.of(), matches(text), text);
    }

    @Test
    void aFindingReportsTheGroupAndThePredicateAsTheyWereTyped() {
        assertEquals(List.of("Kurds", "vermin"), matches("Honestly, Kurds are all vermin."));
    }

    @Test
    void aPronounCarriesTheGroupIntoTheNextSentenceButNotWithoutOne() {
        assertEquals(List.of("They", "liars"), matches("Don't trust Somalis. They are all liars.").subList(2, 4));
        assertEquals(List.of(), matches("Don't trust the polls. They are all liars."));
    }

    @Test
    void aRuleNeedsGroupsAndPredicates() {
        assertThrows(IllegalArgumentException.class, () -> new StatementRule.Params(List.of(), List.of(
                new Predicates(Kind.DESCRIBES, List.of("vermin"))), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new StatementRule.Params(List.of("kurd"), List.of(), null,
                null, null));
    }

    private static final StatementRule WITH_SLURS = new StatementRule(new StatementRule.Params(List.of("kurd"),
            List.of(new Predicates(Kind.DESCRIBES, List.of("filthy"))), null, null, null, null, null,
            List.of("gyppo", "pikey", "spic", "queer")), Normaliser.defaults());

    private static List<String> slurMatches(String text) {
        List<String> found = new ArrayList<>();
        WITH_SLURS.match(Inspection.of(Submission.of(text)),
                (field, start, end) -> found.add(text.substring(start, end)));
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "You're nothing but a dirty pikey.",
        "Typical gyppo behaviour.",
        "Too many spics in this town.",
        "They are just a bunch of gyppos.",
        "That's only natural for a pikey like you.",
        "Typical gyppobehaviour.",
        "Too manyspics in this town.",
        "Gyppos are filthy.",
    })
    void aSlurWhereAPersonIsNamedIsAStatementByItself(String text) {
        assertFalse(slurMatches(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The queer community is very welcoming.",
        "We marched for queer liberation.",
        "Calling anyone a pikey is not okay.",
        "He is not a gyppo, he is from Leeds.",
        "He was \"just a pikey\" to them, the report found.",
        "Spic and Span adverts from the 1950s are in the museum.",
    })
    void aSlurAsAnAdjectiveQuotedOrDeniedIsNot(String text) {
        assertEquals(List.of(), slurMatches(text), text);
    }

    private static List<String> underArticle(String text, Submission.Context article) {
        List<String> found = new ArrayList<>();
        RULE.match(Inspection.of(new Submission(text, null, article)),
                (field, start, end) -> found.add(text.substring(start, end)));
        return found;
    }

    @Test
    void theyInACommentThatNamesNobodyAreThePeopleOfTheArticle() {
        Submission.Context kurds = new Submission.Context("kurds", "Kurdish families return to Sinjar",
                "Thousands of Kurds went home this week after the fighting ended.");
        Submission.Context weather = new Submission.Context("storm", "Storm closes roads",
                "Heavy rain closed the coast road on Tuesday.");
        assertFalse(underArticle("Gas them all, they are vermin anyway.", kurds).isEmpty());
        assertEquals(List.of(), underArticle("Gas them all, they are vermin anyway.", weather));
        assertEquals(List.of(), underArticle("Gas them all, they are vermin anyway.", null));
        // The comment's own plural is what "they" stands for: "the rats in the cellar".
        assertEquals(List.of(), underArticle("The rats in the cellar are back, they are vermin.", kurds));
    }

    @Test
    void aNameForPeopleIsReadInItsPluralsOnly() {
        assertTrue(Lexicon.plurals("tranny").containsAll(List.of("trannies", "trannys")));
        assertTrue(Lexicon.plurals("bitch").contains("bitches"));
        assertFalse(Lexicon.plurals("retard").contains("retarded"));
    }

    @Test
    void wordsAreFoundInTheirInflectedForms() {
        assertTrue(Lexicon.forms("deport").containsAll(List.of("deports", "deported", "deporting")));
        assertTrue(Lexicon.forms("thief").contains("thieves"));
        assertTrue(Lexicon.forms("parasite").contains("parasites"));
        assertTrue(Lexicon.forms("stab").contains("stabbed"));
    }
}
