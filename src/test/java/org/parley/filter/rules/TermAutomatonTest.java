package org.parley.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TermAutomatonTest {

    /** What the automaton reports, as "start-end:keyword". */
    private static List<String> scan(TermAutomaton automaton, String text) {
        List<String> found = new ArrayList<>();
        automaton.scan(text, (start, end, k) -> found.add(start + "-" + end + ":" + automaton.keyword(k)));
        return found;
    }

    /** Every occurrence of every keyword, by where it ends, then by the keyword's sorted order. */
    private static List<String> naive(List<String> keywords, String text) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(keywords));
        List<int[]> found = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            String w = sorted.get(k);
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                found.add(new int[] {at, at + w.length(), k});
            }
        }
        found.sort(Comparator.<int[]>comparingInt(f -> f[1]).thenComparingInt(f -> f[2]));
        return found.stream().map(f -> f[0] + "-" + f[1] + ":" + sorted.get(f[2])).toList();
    }

    @Test
    void findsOverlappingAndNestedKeywords() {
        List<String> keywords = List.of("he", "she", "his", "hers", "ushers");
        TermAutomaton automaton = new TermAutomaton(keywords);
        assertEquals(List.of("2-4:he", "1-4:she", "2-6:hers", "0-6:ushers"), scan(automaton, "ushers"));
    }

    @Test
    void keywordsEndingAtOnePlaceComeInSortedOrder() {
        TermAutomaton automaton = new TermAutomaton(List.of("ass", "s", "ss", "class"));
        assertEquals(List.of("3-4:s", "2-5:ass", "0-5:class", "4-5:s", "3-5:ss"), scan(automaton, "class"));
    }

    @Test
    void readsCharsBeyondAsciiAndPhrases() {
        TermAutomaton automaton = new TermAutomaton(List.of("\u00FCber", "\uD83D\uDE00x", "you idiot"));
        assertEquals(List.of("0-4:\u00FCber", "5-8:\uD83D\uDE00x", "9-18:you idiot"),
                scan(automaton, "\u00FCber \uD83D\uDE00x you idiot"));
    }

    @Test
    void anEmptyListFindsNothing() {
        assertEquals(List.of(), scan(new TermAutomaton(List.of()), "anything at all"));
    }

    @Test
    void agreesWithASearchForEachKeywordOnRandomText() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "abcab \u00E9\u0430";
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(30); k < n; k++) {
                keywords.add(randomText(random, alphabet, 1 + random.nextInt(5)));
            }
            String text = randomText(random, alphabet, random.nextInt(60));
            assertEquals(naive(keywords, text), scan(new TermAutomaton(keywords), text), keywords + " in " + text);
        }
    }

    private static String randomText(SplittableRandom random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
