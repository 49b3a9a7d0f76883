package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.rules.statement.Lexicon;
import org.parley.filter.text.TextView;

/**
 * Where a comment mentions abuse instead of using it: in a sentence that condemns what it quotes or names
 * ("Statements like 'Kurds are scum' are deeply hurtful", "It's not okay to call people that word", "he called
 * them animals, which is racist"), the quoted words and what follows a verb of saying or calling are a mention.
 * A racist or abusive rule's match inside a mention does not count: counter-speech is what a moderator wants more
 * of, and a slur in quotation marks in a sentence that condemns it is not aimed at anyone.
 */
public final class CounterSpeech {

    /** Words that condemn what a sentence quotes or names. */
    private static final List<String> CONDEMNING = List.of("racist", "racism", "bigot", "bigoted", "bigotry",
            "hateful", "hurtful", "offensive", "disgusting", "unacceptable", "not okay", "not ok", "never okay",
            "never ok", "okay to call", "ok to call", "shameful", "shame on", "small minded", "narrow minded",
            "blocked", "block", "reported", "report", "condemn", "condemned", "sad", "jail", "arrested",
            "banned", "dehumanising", "dehumanizing", "slur", "slurs", "hate speech", "hate crime", "stop calling",
            "dont call", "do not call", "why would you", "how dare", "no respect", "lost all respect",
            "says a lot about", "reflect well", "reflects badly", "reflects poorly", "is not acceptable",
            "prejudice", "prejudiced", "xenophobic", "islamophobic", "homophobic", "transphobic", "misogynist",
            "misogynistic", "sexist", "antisemitic", "vile", "abhorrent", "appalling", "awful thing", "horrible thing",
            "terrible thing", "nasty thing", "inexcusable", "deplorable", "toxic", "harassment", "abuse", "abusive",
            "dismissed", "sacked", "fired", "charged", "closed down", "police", "investigating", "investigation",
            "apologised", "apologized", "apology", "removed", "deleted", "suspended", "expelled", "convicted", "jailed",
            "sentenced", "prosecuted", "court", "trial", "inquiry", "no one should", "nobody should", "should never",
            "should ever", "no mp", "graffiti", "scrawled", "daubed", "headline", "hate crime");
    /** Words after which a sentence names what someone says rather than saying it. */
    private static final List<String> MENTIONING = List.of("call", "calling", "called", "calls", "things like",
            "messages like", "words like", "statements like", "comments like", "posts like", "stuff like", "write",
            "writing", "wrote", "writes", "say", "saying", "said", "says", "tell", "telling", "told", "tweet",
            "tweeted", "tweeting", "chant", "chanted", "chanting", "shout", "shouted", "shouting", "the word",
            "threatening to", "threaten to", "threatened to", "believe that", "think that", "suggest that",
            "suggesting that", "claim that", "claiming that", "refer to", "referring to", "referred to", "label",
            "labelling", "labeling", "labelled", "labeled", "describe", "describing", "described");

    private static final Lexicon CONDEMNS = lexicon(CONDEMNING);
    private static final Lexicon MENTIONS = lexicon(MENTIONING);

    private final List<int[]> mentions;

    private CounterSpeech(List<int[]> mentions) {
        this.mentions = mentions;
    }

    private static Lexicon lexicon(List<String> phrases) {
        Lexicon lexicon = new Lexicon();
        phrases.forEach(p -> lexicon.add(p, null));
        return lexicon;
    }

    /** The mentions in a field of the submission, found once per evaluation. */
    public static CounterSpeech of(Inspection input, Field field) {
        return input.remember(KEYS[field.ordinal()], () -> find(input, field));
    }

    private static final Object[] KEYS = Arrays.stream(Field.values()).map(f -> "counter-speech of " + f).toArray();

    /** Whether the stretch between two UTF-16 offsets of the original text lies inside a mention. */
    public boolean excuses(int start, int end) {
        for (int[] m : mentions) {
            if (m[0] <= start && end <= m[1]) {
                return true;
            }
        }
        return false;
    }

    private static CounterSpeech find(Inspection input, Field field) {
        List<Word> words = Word.of(input, field);
        TextView view = input.normalised(field).main();
        List<int[]> mentions = new ArrayList<>(0);
        int from = 0;
        while (from < words.size()) {
            int to = from;
            while (to < words.size() && words.get(to).sentence() == words.get(from).sentence()) {
                input.budget().tick();
                to++;
            }
            if (condemns(words, from, to)) {
                mentionsIn(words, from, to, view, mentions);
            }
            from = to;
        }
        return new CounterSpeech(mentions);
    }

    private static boolean condemns(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!words.get(i).quoted() && CONDEMNS.longestAt(words, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static void mentionsIn(List<Word> words, int from, int to, TextView view, List<int[]> mentions) {
        int i = from;
        while (i < to) {
            if (words.get(i).quoted()) {
                int end = i;
                while (end < to && words.get(end).quoted()) {
                    end++;
                }
                mentions.add(range(words, i, end, view));
                i = end;
                continue;
            }
            Lexicon.Found verb = MENTIONS.longestAt(words, i, to);
            if (verb != null) {
                // Everything the verb of saying reaches, to the sentence's end: "calling people that word".
                mentions.add(range(words, i + verb.length() - 1, to, view));
                return;
            }
            i++;
        }
    }

    private static int[] range(List<Word> words, int from, int to, TextView view) {
        return new int[] {view.originalStart(words.get(from).start()), view.originalEnd(words.get(to - 1).end())};
    }
}
