package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parley.filter.Budget;
import org.parley.filter.Field;
import org.parley.filter.Inspection;

/** A word of the normalised text: where it stands, and which sentence and clause it belongs to. */
public record Word(String text, int start, int end, int sentence, int clause, boolean quoted,
        boolean possessive) {

    /**
     * The words of a field's normalised text, cut once per evaluation and shared by every rule that reads
     * words.
     */
    public static List<Word> of(Inspection input, Field field) {
        return input.remember(KEYS[field.ordinal()], () -> cut(input.normalised(field).main().text(), input.budget()));
    }

    private static final Object[] KEYS = Arrays.stream(Field.values()).map(f -> "words of " + f).toArray();

    public static List<Word> cut(String s, Budget budget) {
        List<Word> words = new ArrayList<>();
        int sentence = 0;
        int clause = 0;
        boolean inQuote = false;
        int i = 0;
        while (i < s.length()) {
            budget.tick();
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (!inQuote && isPluralPossessive(s, i) && !words.isEmpty()) {
                    // "Lawyers' lives": the apostrophe makes the word before a possessive, and opens no quotation.
                    Word last = words.remove(words.size() - 1);
                    words.add(new Word(last.text(), last.start(), last.end(), last.sentence(), last.clause(),
                            last.quoted(), true));
                } else if (isQuote(s, i)) {
                    inQuote = !inQuote;
                } else if ((c == '.' || c == '!' || c == '?' || c == '\n') && !inQuote && !afterInitial(s, i)) {
                    sentence++;
                    clause++;
                } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                    clause++;
                }
                i++;
                continue;
            }
            int start = i;
            boolean apostrophe = false;
            // A masked word ("f*cking") is one word, which no lexicon holds but which stands where a word does.
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
                    || s.charAt(i) == '\'' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                    || s.charAt(i) == '*' && masksInside(s, i))) {
                apostrophe |= s.charAt(i) == '\'';
                i++;
            }
            // "can't" is looked up as "cant", like the lexicon's words.
            String word = apostrophe ? s.substring(start, i).replace("'", "") : s.substring(start, i);
            boolean possessive = i - start > 2 && s.charAt(i - 2) == '\'' && s.charAt(i - 1) == 's';
            words.add(new Word(word, start, i, sentence, clause, inQuote, possessive));
        }
        return words;
    }

    /** An apostrophe right after a plural's "s" and before a word: "the Kurds' homes", "lawyers' lives". */
    private static boolean isPluralPossessive(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '\u2019') && i >= 2 && s.charAt(i - 1) == 's' && Character.isLetter(s.charAt(i - 2))
                && i + 2 < s.length() && s.charAt(i + 1) == ' ' && Character.isLetter(s.charAt(i + 2));
    }

    /** "Lina H. is": a full stop right after a lone letter other than "a" and "i" ends an initial, not a sentence. */
    private static boolean afterInitial(String s, int i) {
        if (s.charAt(i) != '.' || i < 1 || !Character.isLetter(s.charAt(i - 1))
                || i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2))) {
            return false;
        }
        char letter = Character.toLowerCase(s.charAt(i - 1));
        return letter != 'a' && letter != 'i' && i + 1 < s.length() && s.charAt(i + 1) == ' ';
    }

    /** Whether the stars at {@code i} stand between letters of one word: "f*ck", "b**ch". */
    private static boolean masksInside(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) == '*') {
            end++;
        }
        return i > 0 && Character.isLetter(s.charAt(i - 1)) && end < s.length() && Character.isLetter(s.charAt(end))
                && end - i <= 3;
    }

    /**
     * A quotation mark: a double one anywhere, a single one only at a word's edge (an apostrophe inside
     * "can't" is part of the word).
     */
    private static boolean isQuote(String s, int i) {
        char c = s.charAt(i);
        if ("\"\u201C\u201D\u00AB\u00BB".indexOf(c) >= 0) {
            return true;
        }
        if ("'\u2018\u2019".indexOf(c) < 0) {
            return false;
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return letterBefore != letterAfter;
    }
}
