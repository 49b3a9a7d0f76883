package org.parley.filter.text;

import static org.parley.filter.text.CharClasses.DIGIT;
import static org.parley.filter.text.CharClasses.LEET;
import static org.parley.filter.text.CharClasses.LEET_ONLY_INSIDE;
import static org.parley.filter.text.CharClasses.LETTER;
import static org.parley.filter.text.CharClasses.SEPARATOR;

/**
 * Closes up words spelled out in single letters ("f.u.c.k", "f u c k", "s h 1 t") for the joined form: runs of
 * at least {@link #MIN_LETTERS} single word chars, one of them a letter, with only separators between them.
 */
final class SpelledOutWords {

    /** Two letters spelled out may be an initial and a word ("a b"); three rarely are anything but a word. */
    private static final int MIN_LETTERS = 3;

    private final CharClasses classes;

    SpelledOutWords(CharClasses classes) {
        this.classes = classes;
    }

    /** A new buffer with the words closed up, or null when there is nothing to close up, the common case. */
    SpannedChars closeUp(SpannedChars text) {
        char[] chars = text.chars;
        int length = text.length;
        SpannedChars out = null;
        int copied = 0;
        int i = nextSingle(text, 0);
        while (i >= 0) {
            int last = i;
            int count = 1;
            boolean hasLetter = (classes.of(chars[i]) & LETTER) != 0;
            while (true) {
                int next = last + 1;
                while (next < length && (classes.of(chars[next]) & SEPARATOR) != 0) {
                    next++;
                }
                if (next == length || !isSingle(text, next)) {
                    break;
                }
                last = next;
                count++;
                hasLetter |= (classes.of(chars[next]) & LETTER) != 0;
            }
            if (count >= MIN_LETTERS && hasLetter) {
                out = out == null ? new SpannedChars(length) : out;
                out.appendRange(text, copied, i);
                for (int k = i; k <= last; k++) {
                    if ((classes.of(chars[k]) & SEPARATOR) == 0) {
                        out.appendFrom(text, k);
                    }
                }
                copied = last + 1;
            }
            i = nextSingle(text, last + 1);
        }
        if (out != null) {
            out.appendRange(text, copied, length);
        }
        return out;
    }

    /**
     * The index of the first single at or after {@code from}, or -1: the scan every comment pays for, so it tests
     * each char once rather than with both its neighbours.
     */
    private int nextSingle(SpannedChars text, int from) {
        char[] chars = text.chars;
        int length = text.length;
        boolean previous = from > 0 && isSpellingUnit(chars[from - 1]);
        boolean current = from < length && isSpellingUnit(chars[from]);
        for (int i = from; i < length; i++) {
            boolean next = i + 1 < length && isSpellingUnit(chars[i + 1]);
            if (current && !previous && !next) {
                return i;
            }
            previous = current;
            current = next;
        }
        return -1;
    }

    /** A letter, digit or leet symbol standing alone ("f . u", "s h 1 t"), between chars that are none of these. */
    private boolean isSingle(SpannedChars text, int i) {
        return isSpellingUnit(text.chars[i])
                && (i == 0 || !isSpellingUnit(text.chars[i - 1]))
                && (i + 1 == text.length || !isSpellingUnit(text.chars[i + 1]));
    }

    /** A letter or digit, or a leet symbol that is neither a separator nor punctuation at a word's edge. */
    private boolean isSpellingUnit(char c) {
        int charClass = classes.of(c);
        return (charClass & (LETTER | DIGIT)) != 0 || (charClass & (LEET | LEET_ONLY_INSIDE | SEPARATOR)) == LEET;
    }
}
