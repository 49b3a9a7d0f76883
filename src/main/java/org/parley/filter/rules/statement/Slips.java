package org.parley.filter.rules.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Misspellings of the group and predicate words (a letter dropped, two neighbours swapped) that are no known
 * word, each with the words it may stand for. Immutable.
 */
final class Slips {

    /**
     * The shortest word a dropped letter is read back into: the four-letter words one letter short of a shorter
     * word are nearly all abbreviations or other words ("def", "cnt", "sho").
     */
    static final int MIN_DROPPED = 5;
    /** The shortest word two swapped letters are read back into ("haet", "klil"); a swap keeps the length. */
    static final int MIN_SWAPPED = 4;

    private final Predicate<String> isKnown;
    private final WordSet slips;
    /** For each slip, the words it may stand for, in alphabetical order. */
    private final String[][] targets;
    /** For each slip, whether it may stand for a group word. */
    private final boolean[] namesAGroup;
    private final int shortest;
    private final int longest;

    /** The slips of {@code forms} that {@code isKnown} does not know; those of {@code groupForms} name a group. */
    Slips(Set<String> forms, Set<String> groupForms, Predicate<String> isKnown) {
        this.isKnown = isKnown;
        Map<String, Set<String>> slipsTo = new LinkedHashMap<>();
        for (String form : forms) {
            addSlips(form, slipsTo);
        }
        List<String> keys = new ArrayList<>(slipsTo.keySet());
        this.slips = new WordSet(keys);
        this.targets = new String[keys.size()][];
        this.namesAGroup = new boolean[keys.size()];
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String key : keys) {
            int k = slips.indexOf(key, 0, key.length(), key.hashCode());
            targets[k] = slipsTo.get(key).toArray(String[]::new);
            for (String target : targets[k]) {
                namesAGroup[k] |= groupForms.contains(target);
            }
            shortest = Math.min(shortest, key.length());
            longest = Math.max(longest, key.length());
        }
        this.shortest = shortest;
        this.longest = longest;
    }

    /** The index of the slip {@code s[from, to)}, whose hash is {@code hash}, or -1; one probe at most. */
    int indexOf(String s, int from, int to, int hash) {
        int length = to - from;
        return length >= shortest && length <= longest ? slips.indexOf(s, from, to, hash) : -1;
    }

    /** The words the slip {@code k} may stand for, in alphabetical order. */
    String[] targets(int k) {
        return targets[k];
    }

    boolean namesAGroup(int k) {
        return namesAGroup[k];
    }

    /** The length of the longest slip; a longer word is none. */
    int longest() {
        return longest;
    }

    /** The misspellings of {@code word} that no one would write for another word. */
    private void addSlips(String word, Map<String, Set<String>> slipsTo) {
        int n = word.length();
        // Both keep the first letter: a writer drops or swaps letters inside a word, and "omen" is no "women". Nor
        // is the last letter dropped: what is left is the start of the word, and that is too often a word, a name or
        // slang of its own ("shiit", "polis", "quee", "blac").
        if (n >= MIN_DROPPED) {
            for (int i = 1; i + 1 < n; i++) {
                addSlip(word.substring(0, i) + word.substring(i + 1), word, slipsTo);
            }
        }
        if (n >= MIN_SWAPPED) {
            for (int i = 1; i + 1 < n; i++) {
                if (word.charAt(i) != word.charAt(i + 1)) {
                    addSlip(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2), word,
                            slipsTo);
                }
            }
        }
    }

    private void addSlip(String slip, String word, Map<String, Set<String>> slipsTo) {
        if (!isKnown.test(slip)) {
            slipsTo.computeIfAbsent(slip, k -> new TreeSet<>()).add(word);
        }
    }
}
