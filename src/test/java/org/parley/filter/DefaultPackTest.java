package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default rule pack as readers meet it: innocent words and news sentences pass, every obfuscation technique
 * of FILTER.md's table still gets caught, and hits point at the characters the reader typed.
 */
class DefaultPackTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The drone strike killed Soleimani at Baghdad airport.",
        "Racism against Iraqis must end.",
        "Terrorists attacked the base with rockets; two soldiers were killed and the war goes on.",
        "A bomb exploded near the market and the attack was condemned by the government.",
        "Police shot the gunman after he tried to kill a guard.",
        "Scunthorpe United beat Penistone Church in a cup tie.",
        "Essex and Sussex councils met in Middlesex.",
        "The class on assassination in history was taught by a therapist.",
        "Dick Cheney defended the Iraq war in his memoir.",
        "We ordered a cocktail and shiitake mushrooms; the analyst drank grape juice.",
        "The pilot climbed into the cockpit while Hancock watched the peacock.",
        "Finally. About time.",
        "+1, exactly right",
        "Thanks for the article, very informative.",
        "I completely disagree with this decision, it is a mistake.",
        "The U.S. will keep about 3,000 troops in Iraq, down from 5,200.",
        "Prime Minister Mustafa al-Kadhimi met President Trump at the White House on Aug. 20.",
        "Is this a black day for democracy? Many white voters and black voters agree it is.",
        "The Islamic State group lost its last territory in 2019.",
    })
    void innocentWordsAndNewsSentencesPass(String text) {
        Verdict verdict = DefaultPack.judge(text);
        assertEquals(Decision.PUBLISH, verdict.decision(), () -> text + " -> " + verdict.hits());
    }

    /** A whole statement spelled out letter by letter is read as if it were typed in words. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"y o u a r e v e r m i n", "Y o u  a r e  v e r m i n", "K u r d s a r e v e r m i n"})
    void aStatementSpelledOutLetterByLetterIsHeld(String text) {
        Verdict verdict = DefaultPack.judgeByScore(text);
        assertEquals(Decision.HOLD, verdict.decision(), () -> text + " -> " + verdict.hits());
    }

    /** Readers' comments on the demo article about the troop withdrawal from Iraq, as a newsroom gets them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Good. Bring them home, eighteen years is enough.",
        "The Iraqi parliament voted for foreign forces to leave in January. This is just respecting that vote.",
        "Withdrawal without a plan is how ISIS rose the first time. Hope they learned from 2011.",
        "Iran will fill any vacuum the Americans leave behind.",
        "The killing of Soleimani made this inevitable.",
        "How many Iraqis died because of this war? Hundreds of thousands.",
        "As an Iraqi living abroad, I just want peace for my family in Basra.",
        "The militias fired rockets at the Green Zone again last week. How is this safe?",
    })
    void onTopicCommentsOnTheIraqArticlePass(String text) {
        Verdict verdict = DefaultPack.judge(text);
        assertEquals(Decision.PUBLISH, verdict.decision(), () -> text + " -> " + verdict.hits());
    }

    private static final Submission.Context IRAQ = DefaultPack.demoArticle("us-to-withdraw-troops-from-iraq");

    /** Off-topic comments of each kind the pack has rules for, posted under the Iraq article. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Anyone know a good sushi place near the office?",
        "Can anyone recommend a reliable electrician? Ours vanished halfway through the job.",
        "Did anybody watch the match last night?",
        "Happy Friday everyone!",
        "FIRST!!",
        "hjkhjkhjkhjk",
        "Divorced dad, 41, looking for a kind woman to share walks and dinners with.",
        "Selling my sofa, barely used, 120 quid or best offer, message me",
        "Bad credit? No credit check payday loans approved in minutes: www.cash-now.example",
        "Buy tramadol online, no prescription needed",
        "My portfolio has grown 300% with the best trader on Telegram, contact him now",
        "I make $90 an hour from home with this simple online work: www.home-jobs.example",
        "The shocking truth they don't want you to know: www.real-news.example.xyz",
    })
    void offTopicCommentsOfEveryKindAreHeldUnderTheArticle(String text) {
        Verdict verdict = DefaultPack.judge(text, IRAQ);
        assertNotEquals(Decision.PUBLISH, verdict.decision(), () -> text + " -> " + verdict.hits());
        assertEquals(Category.OFFTOPIC, verdict.category(), () -> text + " -> " + verdict.hits());
    }

    /** A link is judged by what surrounds it: readers cite news agencies, papers and governments. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "As reported at https://www.bbc.co.uk/news/world-middle-east-54102383 the drawdown was agreed in August.",
        "Please read the full statement at https://www.centcom.mil before judging the general.",
        "Reuters has the numbers: https://www.reuters.com/world/middle-east/ and they don't match the article.",
        "The UN figures on civilian deaths are at https://www.un.org/en/ if anyone wants them.",
    })
    void commentsThatCiteNewsSourcesArePublished(String text) {
        Verdict verdict = DefaultPack.judge(text, IRAQ);
        assertEquals(Decision.PUBLISH, verdict.decision(), () -> text + " -> " + verdict.hits());
    }

    @Test
    void smallTalkCountsOnlyAgainstTheArticleItIsPostedUnder() {
        String text = "What a game last night! Who won the match in the end?";
        assertEquals(Decision.PUBLISH, DefaultPack.judge(text).decision());
        assertEquals(Decision.HOLD, DefaultPack.judge(text, IRAQ).decision());
    }

    @Test
    void sharingNoWordsWithTheArticleNeverHoldsAReaderOnItsOwn() {
        String text = "I served two tours in Ramadi. I want my brothers home, but I don't want another 2014 either.";
        Verdict verdict = DefaultPack.judge(text, IRAQ);
        assertTrue(verdict.hits().stream().anyMatch(h -> h.rule().equals("off-topic-for-article")),
                () -> "the example shares nothing with the article: " + verdict.hits());
        assertEquals(Decision.PUBLISH, verdict.decision(), () -> verdict.hits().toString());
    }

    /** What a fresh install shows: its own readers' comments, each judged under its article, are all published. */
    @Test
    void theDemoSitesCommentsArePublishedUnderTheirArticles() {
        List<String> held = DefaultPack.DEMO_COMMENTS.stream()
                .filter(c -> DefaultPack.judge(c.text(), c.article()).decision() != Decision.PUBLISH)
                .map(c -> c.article().key() + ": " + c.text() + " -> "
                        + DefaultPack.judge(c.text(), c.article()).hits())
                .toList();
        assertTrue(DefaultPack.DEMO_COMMENTS.size() > 40, "the demo comments were read");
        assertTrue(held.isEmpty(), () -> String.join("\n", held));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Go back to your desert, camel jockey",
        "All muslims are terrorists and should be deported",
        "You are a brain dead moron if you believe this",
        "fuck this article and fuck the author",
        "Iraqis are subhuman cockroaches",
        "Kill yourself, traitor",
    })
    void hatefulAndAbusiveCommentsOnTheIraqArticleAreFlagged(String text) {
        Verdict verdict = DefaultPack.judge(text);
        assertTrue(verdict.decision() != Decision.PUBLISH, () -> text + " -> " + verdict.hits());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hey guys, check out some of my songs", "please check out these videos",
        "Check out the new video on my channel"})
    void callsToCheckOutSomethingCountAsPromotion(String text) {
        Verdict verdict = DefaultPack.judge(text);
        assertTrue(verdict.hits().stream().anyMatch(h -> h.rule().equals("promo-imperative")),
                () -> text + " -> " + verdict.hits());
    }

    /** Texts the pack flags as written; each technique below must not get them through. */
    private static final List<String> FLAGGED = List.of(
            "you are a fucking idiot", "shut up bitch", "what a stupid cunt", "fuck you", "kill yourself loser",
            "you worthless piece of shit", "go back to africa nigger", "dirty faggot", "you dumb whore",
            "stupid retard", "you are an asshole", "eat shit", "motherfucker", "fucking moron", "kys");

    private static final Map<String, UnaryOperator<String>> TECHNIQUES = Map.of(
            "leetspeak", DefaultPackTest::leet,
            "repeated letters", t -> t.replaceAll("([aeiou])", "$1$1$1$1"),
            "dots between letters", t -> spaced(t, "."),
            "spaces between letters", t -> spaced(t, " "),
            "zero-width spaces between letters", t -> spaced(t, "\u200B"),
            "Cyrillic look-alikes", t -> t.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E')
                    .replace('c', '\u0441').replace('p', '\u0440').replace('x', '\u0445'),
            "fullwidth letters", DefaultPackTest::fullwidth,
            "combining accents", t -> Normalizer.normalize(t.replace("u", "\u00FC").replace("i", "\u00EF")
                    .replace("o", "\u00F6"), Normalizer.Form.NFD),
            "asterisk masks", DefaultPackTest::masked);

    @Test
    void everyObfuscationTechniqueStillGetsCaught() {
        List<String> flagged = FLAGGED.stream().filter(t -> DefaultPack.judge(t).decision() != Decision.PUBLISH).toList();
        assertTrue(flagged.size() >= FLAGGED.size() - 1, "the plain texts are flagged: " + flagged);
        List<String> escaped = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, UnaryOperator<String>> technique : TECHNIQUES.entrySet()) {
            for (String text : flagged) {
                String rewritten = technique.getValue().apply(text);
                if (rewritten.equals(text)) {
                    continue;
                }
                tried++;
                if (DefaultPack.judge(rewritten).decision() == Decision.PUBLISH) {
                    escaped.add(technique.getKey() + ": " + rewritten);
                }
            }
        }
        assertTrue(escaped.size() <= tried / 100, "escaped " + escaped.size() + " of " + tried + ": " + escaped);
    }

    @Test
    void hitsPointAtTheOriginalCharactersThroughNormalising() {
        String[] texts = {"well f\u200Bu\u200Bc\u200Bk you", "\uFF46\uFF55\uFF43\uFF4B you",
            "b\u00EFtch please", "bi\u0308tch please", "\uD83D\uDE00\uD83D\uDE00 fuuuuck off"};
        String[] expected = {"f\u200Bu\u200Bc\u200Bk", "\uFF46\uFF55\uFF43\uFF4B", "b\u00EFtch", "bi\u0308tch",
            "fuuuuck"};
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            Verdict verdict = DefaultPack.judge(text);
            assertNotEquals(Decision.PUBLISH, verdict.decision(), text);
            String want = expected[i];
            assertTrue(verdict.hits().stream().anyMatch(h -> text.substring(h.utf16Start(), h.utf16End()).equals(want)
                    && h.match().equals(want)), () -> text + " -> " + verdict.hits());
        }
    }

    private static String leet(String text) {
        return text.replace('a', '4').replace('e', '3').replace('i', '1').replace('o', '0').replace('s', '$')
                .replace('t', '7');
    }

    /**
     * The longest word spelled with separators between its letters ("you f.u.c.k.i.n.g idiot"): spacing out a
     * whole sentence leaves no words for anyone to read, so writers space out the word they mean.
     */
    private static String spaced(String text, String separator) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        words[longest] = String.join(separator, words[longest].split(""));
        return String.join(" ", words);
    }

    private static String fullwidth(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 'a' && c <= 'z' ? c - 'a' + 0xFF41 : c));
        return out.toString();
    }

    /** The first vowel inside each word of four or more letters masked with an asterisk. */
    private static String masked(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String w = word;
            if (w.length() >= 4) {
                for (int i = 1; i < w.length() - 1; i++) {
                    if ("aeiou".indexOf(w.toLowerCase(Locale.ROOT).charAt(i)) >= 0) {
                        w = w.substring(0, i) + '*' + w.substring(i + 1);
                        break;
                    }
                }
            }
            out.append(w);
        }
        return out.toString();
    }
}
