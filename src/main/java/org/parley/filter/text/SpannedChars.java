package org.parley.filter.text;

import java.util.Arrays;

/**
 * A growing text with an original span per char; the passes rewrite it in place where they can. It is
 * single-use: {@link #toView()} may hand its arrays to the view, after which it is only read.
 */
final class SpannedChars {

    char[] chars;
    int[] starts;
    int[] ends;
    int length;

    SpannedChars(int capacity) {
        chars = new char[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
    }

    void append(char c, int start, int end) {
        if (length == chars.length) {
            grow();
        }
        chars[length] = c;
        starts[length] = start;
        ends[length] = end;
        length++;
    }

    void appendFrom(SpannedChars other, int i) {
        append(other.chars[i], other.starts[i], other.ends[i]);
    }

    void appendRange(SpannedChars other, int from, int to) {
        for (int i = from; i < to; i++) {
            appendFrom(other, i);
        }
    }

    char last() {
        return chars[length - 1];
    }

    void extendLast(int end) {
        ends[length - 1] = end;
    }

    /** By half: a text outgrows its original length by a few chars ("ß" to "ss"), rarely by a multiple. */
    private void grow() {
        int capacity = chars.length + (chars.length >> 1) + 16;
        chars = Arrays.copyOf(chars, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
    }

    TextView toView() {
        return new TextView(new String(chars, 0, length), exactLength(starts), exactLength(ends));
    }

    /** The common ASCII comment fills its buffer exactly, and then needs no copy. */
    private int[] exactLength(int[] array) {
        return array.length == length ? array : Arrays.copyOf(array, length);
    }

    /** Most comments have no letter three times in a row, and then the text is left as it is. */
    void collapseRunsInPlace(int max) {
        if (collapsedLength(max) < length) {
            collapseRunsInto(this, max);
        }
    }

    /**
     * Cuts every run of one repeated letter to at most {@code max} letters; the last letter kept takes over the
     * spans of those dropped, so a hit on the cut run covers all of it in the original. {@code to} may be this
     * buffer, as the write position never passes the read position; otherwise it must hold
     * {@link #collapsedLength} chars.
     */
    void collapseRunsInto(SpannedChars to, int max) {
        // Locals, not fields: the buffers may be one object, and the JIT would otherwise reload every array.
        char[] chars = this.chars;
        int[] starts = this.starts;
        int[] ends = this.ends;
        char[] toChars = to.chars;
        int[] toStarts = to.starts;
        int[] toEnds = to.ends;
        int length = this.length;
        int written = 0;
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            run = i > 0 && c == chars[i - 1] && Character.isLetter(c) ? run + 1 : 1;
            if (run <= max) {
                toChars[written] = c;
                toStarts[written] = starts[i];
                toEnds[written] = ends[i];
                written++;
            } else {
                toEnds[written - 1] = ends[i];
            }
        }
        to.length = written;
    }

    /** The length {@link #collapseRunsInto} will give, so that its output can be sized exactly. */
    int collapsedLength(int max) {
        int collapsed = length;
        int run = 1;
        for (int i = 1; i < length; i++) {
            run = chars[i] == chars[i - 1] && Character.isLetter(chars[i]) ? run + 1 : 1;
            if (run > max) {
                collapsed--;
            }
        }
        return collapsed;
    }
}
