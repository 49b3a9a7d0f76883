package org.parley.filter.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each char is to the word-level passes (a letter, a digit, a leet symbol, a separator of spelled-out
 * letters) and the letter a leet symbol stands for; and the pass that reads leetspeak as letters.
 */
final class CharClasses {

    static final int LETTER = 1;
    static final int DIGIT = 1 << 1;
    static final int LEET = 1 << 2;
    static final int LEET_ONLY_INSIDE = 1 << 3;
    static final int SEPARATOR = 1 << 4;
    static final int WORD_CHAR = LETTER | DIGIT | LEET;

    /** What authors put between the letters of a spelled-out word, besides white space. */
    private static final String SPELLING_SEPARATORS = ".-_*~|/\\+,:;";

    /**
     * Leet symbols that are also ordinary punctuation at a word's edge ("shit!", "¡hola", "C++", "A+"): read as
     * letters only between two letters or digits, and never taken for a spelled-out letter.
     */
    private static final String LEET_ONLY_INSIDE_WORDS = "!¡+";

    /** The letter each ASCII leet symbol stands for, or 0; looked up for most chars of every comment. */
    private final char[] asciiLeet = new char[0x80];
    /** The other leet symbols, sorted for binary search, and the letters they stand for. */
    private final char[] otherLeetSymbols;
    private final char[] otherLeetLetters;
    /** The class of each ASCII char: the passes ask three or four questions of every char of every comment. */
    private final byte[] asciiClasses = new byte[0x80];

    /** @param leet symbols and digits to the letter they stand for, checked by {@link NormaliserTables} */
    CharClasses(Map<Character, Character> leet) {
        TreeMap<Character, Character> others = new TreeMap<>();
        leet.forEach((symbol, letter) -> {
            if (symbol < asciiLeet.length) {
                asciiLeet[symbol] = letter;
            } else {
                others.put(symbol, letter);
            }
        });
        this.otherLeetSymbols = new char[others.size()];
        this.otherLeetLetters = new char[others.size()];
        int i = 0;
        for (Map.Entry<Character, Character> entry : others.entrySet()) {
            otherLeetSymbols[i] = entry.getKey();
            otherLeetLetters[i] = entry.getValue();
            i++;
        }
        for (char c = 0; c < asciiClasses.length; c++) {
            asciiClasses[c] = (byte) classify(c);
        }
    }

    /** The class bits of {@code c}. */
    int of(char c) {
        return c < asciiClasses.length ? asciiClasses[c] : classify(c);
    }

    /**
     * A letter needs no further tests: the tables refuse letters as leet symbols, and the separators are white
     * space and punctuation.
     */
    private int classify(char c) {
        if (Character.isLetter(c)) {
            return LETTER;
        }
        int charClass = Character.isDigit(c) ? DIGIT : 0;
        if (leetLetter(c) != 0) {
            charClass |= LEET;
        }
        if (LEET_ONLY_INSIDE_WORDS.indexOf(c) >= 0) {
            charClass |= LEET_ONLY_INSIDE;
        }
        if (Character.isWhitespace(c) || SPELLING_SEPARATORS.indexOf(c) >= 0) {
            charClass |= SEPARATOR;
        }
        return charClass;
    }

    /** The letter the leet symbol {@code c} stands for, or 0 if it is none. */
    char leetLetter(char c) {
        if (c < asciiLeet.length) {
            return asciiLeet[c];
        }
        int i = Arrays.binarySearch(otherLeetSymbols, c);
        return i >= 0 ? otherLeetLetters[i] : 0;
    }

    /**
     * Reads leet symbols as letters in each word that has at least one real letter: a word of digits and symbols
     * only is a number or punctuation ("3,000", "$5", "2020").
     */
    void readLeet(SpannedChars text) {
        char[] chars = text.chars;
        int length = text.length;
        int i = 0;
        while (i < length) {
            if ((of(chars[i]) & WORD_CHAR) == 0) {
                i++;
                continue;
            }
            int wordStart = i;
            int firstLetterOrDigit = -1;
            int lastLetterOrDigit = -1;
            boolean hasLetter = false;
            boolean hasLeet = false;
            for (int charClass; i < length && ((charClass = of(chars[i])) & WORD_CHAR) != 0; i++) {
                if ((charClass & (LETTER | DIGIT)) != 0) {
                    firstLetterOrDigit = firstLetterOrDigit < 0 ? i : firstLetterOrDigit;
                    lastLetterOrDigit = i;
                    hasLetter |= (charClass & LETTER) != 0;
                }
                hasLeet |= (charClass & LEET) != 0;
            }
            // Most words are plain letters: nothing to read, and no second pass over them.
            if (!hasLetter || !hasLeet) {
                continue;
            }
            for (int k = wordStart; k < i; k++) {
                int charClass = of(chars[k]);
                boolean inside = firstLetterOrDigit < k && k < lastLetterOrDigit;
                if ((charClass & LEET) != 0 && (inside || (charClass & LEET_ONLY_INSIDE) == 0)) {
                    chars[k] = leetLetter(chars[k]);
                }
            }
        }
    }
}
