package org.parley.filter.rules.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.filter.rules.Word;

/**
 * Words and phrases by their first word, each word in all the forms its inflections give ("deport":
 * deports, deported, deporting; "thief": thieves; "parasite": parasites), so that a lookup per word finds
 * every entry that may start there.
 */
public final class Lexicon {

    /** An entry found at a word: how many words it spans and its kind. */
    public record Found(int length, StatementRule.Kind kind) {
    }

    private record Entry(List<Set<String>> words, StatementRule.Kind kind) {
    }

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    public void add(String phrase, StatementRule.Kind kind) {
        add(phrase, kind, false);
    }

    /**
     * Adds a name for people: its last word in its plural forms only, so that "retard" is not read in "retarded"
     * nor "bitch" in "bitching".
     */
    void addName(String phrase) {
        add(phrase, null, true);
    }

    private void add(String phrase, StatementRule.Kind kind, boolean nameOnly) {
        List<String> parts = new ArrayList<>();
        for (String part : phrase.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        List<Set<String>> words = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            words.add(nameOnly && p == parts.size() - 1 ? plurals(parts.get(p)) : forms(parts.get(p)));
        }
        Entry entry = new Entry(words, kind);
        for (String first : words.get(0)) {
            byFirst.computeIfAbsent(first, k -> new ArrayList<>(1)).add(entry);
        }
    }

    /**
     * Words that may stand inside a phrase without breaking it, up to two at a time: "sick and fucking tired of",
     * "make me so angry", "fill me with so much rage".
     */
    private static final Set<String> GAPS = Set.of("so", "much", "very", "really", "fucking", "bloody", "absolutely",
            "utterly", "completely", "totally", "just", "truly", "damn", "freaking", "frigging", "effing", "all",
            "such", "pure", "sheer", "real", "deeply", "fully", "total", "utter", "complete", "absolute", "a", "an",
            "the", "of", "them", "these", "those", "their", "your", "you", "any", "nothing", "but", "to", "death", "his", "her", "my", "our", "its");
    private static final int MAX_GAPS = 2;

    /** The longest entry that starts at word {@code i} and ends before {@code end}, or null. */
    public Found longestAt(List<Word> text, int i, int end) {
        List<Entry> candidates = byFirst.get(text.get(i).text());
        if (candidates == null) {
            return null;
        }
        int clause = text.get(i).clause();
        Found best = null;
        for (Entry e : candidates) {
            int n = e.words.size();
            int at = i + 1;
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                Set<String> wanted = e.words.get(k);
                int gaps = 0;
                while (at < end && gaps < MAX_GAPS && !wanted.contains(text.get(at).text())
                        && GAPS.contains(text.get(at).text())) {
                    at++;
                    gaps++;
                }
                all = at < end && text.get(at).clause() == clause && wanted.contains(text.get(at).text());
                at++;
            }
            if (all && (best == null || at - i > best.length)) {
                best = new Found(at - i, e.kind);
            }
        }
        return best;
    }

    /** A word and the forms its plural, verb and comparison endings give; a few spurious forms do no harm. */
    public static Set<String> forms(String w) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        if (w.length() < 3) {
            return forms;
        }
        forms.add(w + "s");
        forms.add(w + "es");
        if (w.endsWith("e")) {
            forms.add(w + "d");
            forms.add(w + "r");
            forms.add(w + "st");
            forms.add(w.substring(0, w.length() - 1) + "ing");
        } else {
            forms.add(w + "ed");
            forms.add(w + "ing");
            forms.add(w + "er");
            forms.add(w + "est");
            if (isDoubling(w)) {
                char last = w.charAt(w.length() - 1);
                forms.add(w + last + "ed");
                forms.add(w + last + "ing");
                forms.add(w + last + "est");
            }
        }
        if (w.endsWith("y") && w.length() > 3 && !isVowel(w.charAt(w.length() - 2))) {
            String stem = w.substring(0, w.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        }
        if (w.endsWith("f")) {
            forms.add(w.substring(0, w.length() - 1) + "ves");
        } else if (w.endsWith("fe")) {
            forms.add(w.substring(0, w.length() - 2) + "ves");
        }
        if (w.endsWith("man")) {
            forms.add(w.substring(0, w.length() - 3) + "men");
        }
        return forms;
    }

    /** A noun and its plurals: "tranny", "trannies", "trannys"; "bitch", "bitches". */
    public static Set<String> plurals(String w) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        forms.add(w + "s");
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            forms.add(w + "es");
        }
        if (w.endsWith("y") && w.length() > 3 && !isVowel(w.charAt(w.length() - 2))) {
            forms.add(w.substring(0, w.length() - 1) + "ies");
        }
        if (w.endsWith("man")) {
            forms.add(w.substring(0, w.length() - 3) + "men");
        }
        return forms;
    }

    /** "shoot" is not doubled, "ban" and "stab" are: a short word ending consonant, vowel, consonant. */
    private static boolean isDoubling(String w) {
        int n = w.length();
        return n >= 3 && n <= 4 && !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2))
                && !isVowel(w.charAt(n - 3)) && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Each word of the entries with all its forms, the word as written first ("trans people": trans, people, and
     * their forms): the words a misspelling may stand for, for {@link Respelling}.
     */
    Collection<Set<String>> words() {
        Set<Set<String>> words = new LinkedHashSet<>();
        for (List<Entry> entries : byFirst.values()) {
            for (Entry e : entries) {
                words.addAll(e.words);
            }
        }
        return words;
    }
}
