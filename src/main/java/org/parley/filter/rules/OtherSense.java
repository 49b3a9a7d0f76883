package org.parley.filter.rules;

import java.util.Set;

import org.parley.filter.Budget;

/**
 * A term's other sense, for {@link TermScanner}: words that, near the term, show it means something else ("dyke"
 * near "flooding", "bitch" near "puppies"), unless the term is said to someone ("you bitch").
 */
final class OtherSense {

    private OtherSense() {
    }

    /** How far on each side of a term its other sense may show, in words. */
    private static final int SENSE_REACH = 8;
    /** Words before a term that say it to someone, whatever else is near: "you bitch", "ur a dyke". */
    private static final Set<String> ADDRESS = Set.of("you", "u", "ya", "ur", "youre", "yer");

    /**
     * True when a word of the term's other sense stands within {@link #SENSE_REACH} words on either side and the
     * term is not said to someone: "a walk on the dyke by the water", "my Labrador bitch had puppies". Reads at
     * most the words in reach, so a text full of matches stays linear.
     */
    static boolean near(String text, int start, int end, Set<String> senses, Budget budget) {
        if (senses.isEmpty()) {
            return false;
        }
        int before = start;
        for (int w = 0; w < SENSE_REACH; w++) {
            int wordEnd = skipBack(text, before);
            if (wordEnd <= 0) {
                break;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && TermScanner.isWordChar(text, wordStart - 1)) {
                wordStart--;
            }
            budget.tick();
            String word = text.substring(wordStart, wordEnd);
            if (w == 0 && ADDRESS.contains(word)) {
                return false;
            }
            if (senses.contains(word)) {
                return true;
            }
            before = wordStart;
        }
        int after = end;
        for (int w = 0; w < SENSE_REACH; w++) {
            int wordStart = after;
            while (wordStart < text.length() && !TermScanner.isWordChar(text, wordStart)) {
                wordStart++;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && TermScanner.isWordChar(text, wordEnd)) {
                wordEnd++;
            }
            if (wordEnd == wordStart) {
                break;
            }
            budget.tick();
            if (senses.contains(text.substring(wordStart, wordEnd))) {
                return true;
            }
            after = wordEnd;
        }
        return false;
    }

    /** The end of the word before {@code at}, skipping what is no word; 0 when there is none. */
    private static int skipBack(String text, int at) {
        int i = at;
        while (i > 0 && !TermScanner.isWordChar(text, i - 1)) {
            i--;
        }
        return i;
    }
}
