package org.parley.filter.rules.statement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set of words looked up by a range of a string and its {@link String#hashCode()}-style hash, without making
 * a string of the range: all letters in one array, open addressing, and a bit per hash in front that turns
 * most absent words away at one read.
 */
final class WordSet {
    private final char[] chars;
    private final int[] starts;
    private final int[] hashes;
    /** Word index + 1 per slot, 0 for a free one. */
    private final int[] slots;
    private final long[] seen;

    WordSet(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>(words);
        int count = distinct.size();
        int length = 0;
        for (String w : distinct) {
            length += w.length();
        }
        chars = new char[length];
        starts = new int[count + 1];
        hashes = new int[count];
        // At most two in three slots taken, so that a probe for an absent word soon meets a free one.
        slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, count + count / 2)) << 1)];
        // About ten bits a word: one in ten absent words gets past them to the table.
        seen = new long[Math.max(1, Integer.highestOneBit(Math.max(1, count)) >> 2)];
        int at = 0;
        int index = 0;
        for (String w : distinct) {
            w.getChars(0, w.length(), chars, at);
            starts[index] = at;
            at += w.length();
            int hash = w.hashCode();
            hashes[index] = hash;
            long mixed = mix(hash);
            seen[seenWord(mixed)] |= 1L << seenBit(mixed);
            int slot = slot(mixed);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = index + 1;
            index++;
        }
        starts[count] = at;
    }

    boolean contains(String s) {
        return indexOf(s, 0, s.length(), s.hashCode()) >= 0;
    }

    /** The index of {@code s[from, to)}, whose hash is {@code hash}, or -1. */
    int indexOf(String s, int from, int to, int hash) {
        long mixed = mix(hash);
        if ((seen[seenWord(mixed)] & (1L << seenBit(mixed))) == 0) {
            return -1;
        }
        int length = to - from;
        for (int slot = slot(mixed); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int index = slots[slot] - 1;
            if (hashes[index] == hash && starts[index + 1] - starts[index] == length && same(s, from, index)) {
                return index;
            }
        }
        return -1;
    }

    private boolean same(String s, int from, int index) {
        for (int i = starts[index], j = from; i < starts[index + 1]; i++, j++) {
            if (chars[i] != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static long mix(int hash) {
        return hash * 0x9E3779B97F4A7C15L;
    }

    private int slot(long mixed) {
        return (int) (mixed >>> 40) & (slots.length - 1);
    }

    private int seenWord(long mixed) {
        return (int) (mixed >>> 20) & (seen.length - 1);
    }

    private static int seenBit(long mixed) {
        return (int) (mixed >>> 14) & 63;
    }
}
