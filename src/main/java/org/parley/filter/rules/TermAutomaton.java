package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over UTF-16 chars, kept in flat arrays: every occurrence of every keyword, overlaps
 * included, in one pass. Replaces a library automaton whose states each held a map of boxed chars: looking up
 * a char there cost more than all other work of the term scan, and a 50,000-word list took megabytes per
 * thousand words. Here a step is an array read for ASCII and a binary search among a state's few edges
 * otherwise. Immutable and thread-safe.
 *
 * <p>Keywords are numbered in their sorted order, and the keywords ending at one place are reported in that
 * order: the order in which the library reported them, so hits keep their order.
 */
final class TermAutomaton {

    /** Receives each occurrence of a keyword as a span [start, end) of the scanned text. */
    interface Occurrences {
        void found(int start, int end, int keyword);
    }

    private static final int ROOT = 0;
    private static final int ASCII = 0x80;

    private final String[] keywords;
    /** The root's successor for each ASCII char; every other char leads back to the root or is searched. */
    private final int[] rootAscii = new int[ASCII];
    /** The edges of state s are [edgeStart[s], edgeStart[s + 1]) of these, sorted by char. */
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] failure;
    /** The keywords ending in state s, its own and those of its failure states: [outStart[s], outStart[s + 1]). */
    private final int[] outStart;
    private final int[] outKeywords;

    TermAutomaton(Collection<String> words) {
        this.keywords = new TreeSet<>(words).toArray(String[]::new);

        // The trie, as first-child and next-sibling lists while it grows.
        Growing trie = new Growing();
        int[] terminal = new int[16];
        Arrays.fill(terminal, -1);
        for (int k = 0; k < keywords.length; k++) {
            int state = ROOT;
            String word = keywords[k];
            for (int i = 0; i < word.length(); i++) {
                state = trie.childOrAdd(state, word.charAt(i));
            }
            if (state >= terminal.length) {
                int old = terminal.length;
                terminal = Arrays.copyOf(terminal, Math.max(state + 1, old * 2));
                Arrays.fill(terminal, old, terminal.length, -1);
            }
            terminal[state] = k;
        }

        // Breadth first, so that a state's failure is numbered, and has its outputs, before the state.
        int states = trie.size;
        int[] order = new int[states];
        int[] number = new int[states];
        order[0] = ROOT;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int state = order[head++];
            for (int child = trie.firstChild[state]; child >= 0; child = trie.nextSibling[child]) {
                order[tail++] = child;
            }
        }
        for (int i = 0; i < states; i++) {
            number[order[i]] = i;
        }

        // A state's failure is the longest proper suffix of its path that is also a path: the root for depth one.
        int[] fail = new int[states];
        for (int i = 0; i < states; i++) {
            int state = order[i];
            for (int child = trie.firstChild[state]; child >= 0; child = trie.nextSibling[child]) {
                if (state == ROOT) {
                    fail[child] = ROOT;
                    continue;
                }
                char c = trie.chars[child];
                int f = fail[state];
                int next = trie.child(f, c);
                while (next < 0 && f != ROOT) {
                    f = fail[f];
                    next = trie.child(f, c);
                }
                fail[child] = next < 0 ? ROOT : next;
            }
        }

        // Flat arrays in breadth-first numbering.
        this.edgeStart = new int[states + 1];
        this.edgeChars = new char[states - 1];
        this.edgeTargets = new int[states - 1];
        this.failure = new int[states];
        this.outStart = new int[states + 1];
        List<int[]> outputs = new ArrayList<>(states);
        int edges = 0;
        int outs = 0;
        char[] childChars = new char[16];
        int[] childTargets = new int[16];
        for (int i = 0; i < states; i++) {
            int state = order[i];
            edgeStart[i] = edges;
            int n = 0;
            for (int child = trie.firstChild[state]; child >= 0; child = trie.nextSibling[child]) {
                if (n == childChars.length) {
                    childChars = Arrays.copyOf(childChars, n * 2);
                    childTargets = Arrays.copyOf(childTargets, n * 2);
                }
                childChars[n] = trie.chars[child];
                childTargets[n] = number[child];
                n++;
            }
            sortEdges(childChars, childTargets, n);
            System.arraycopy(childChars, 0, edgeChars, edges, n);
            System.arraycopy(childTargets, 0, edgeTargets, edges, n);
            edges += n;
            failure[i] = number[fail[state]];
            int own = state < terminal.length ? terminal[state] : -1;
            int[] inherited = i == 0 ? new int[0] : outputs.get(failure[i]);
            int[] out = inherited;
            if (own >= 0) {
                out = Arrays.copyOf(inherited, inherited.length + 1);
                out[inherited.length] = own;
                Arrays.sort(out);
            }
            outputs.add(out);
            outStart[i] = outs;
            outs += out.length;
        }
        edgeStart[states] = edges;
        outStart[states] = outs;
        this.outKeywords = new int[outs];
        for (int i = 0; i < states; i++) {
            int[] out = outputs.get(i);
            System.arraycopy(out, 0, outKeywords, outStart[i], out.length);
        }
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            if (edgeChars[e] < ASCII) {
                rootAscii[edgeChars[e]] = edgeTargets[e];
            }
        }
    }

    /** The keyword numbered {@code keyword}. */
    String keyword(int keyword) {
        return keywords[keyword];
    }

    int keywordCount() {
        return keywords.length;
    }

    /** Every occurrence of every keyword in {@code text}, in order of where they end. */
    void scan(String text, Occurrences occurrences) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = step(state, c);
            while (next < 0 && state != ROOT) {
                state = failure[state];
                next = step(state, c);
            }
            state = next < 0 ? ROOT : next;
            for (int o = outStart[state]; o < outStart[state + 1]; o++) {
                int keyword = outKeywords[o];
                occurrences.found(i + 1 - keywords[keyword].length(), i + 1, keyword);
            }
        }
    }

    /** The state's successor on {@code c}, or -1 if it has none. */
    private int step(int state, char c) {
        if (state == ROOT && c < ASCII) {
            int next = rootAscii[c];
            return next == 0 ? -1 : next;
        }
        int low = edgeStart[state];
        int high = edgeStart[state + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char m = edgeChars[mid];
            if (m < c) {
                low = mid + 1;
            } else if (m > c) {
                high = mid - 1;
            } else {
                return edgeTargets[mid];
            }
        }
        return -1;
    }

    private static void sortEdges(char[] chars, int[] targets, int n) {
        for (int i = 1; i < n; i++) {
            char c = chars[i];
            int t = targets[i];
            int j = i - 1;
            while (j >= 0 && chars[j] > c) {
                chars[j + 1] = chars[j];
                targets[j + 1] = targets[j];
                j--;
            }
            chars[j + 1] = c;
            targets[j + 1] = t;
        }
    }

    /** The trie while it is built: children as linked lists, found by walking them. */
    private static final class Growing {
        int[] firstChild = new int[64];
        int[] nextSibling = new int[64];
        char[] chars = new char[64];
        int size = 1;

        Growing() {
            firstChild[ROOT] = -1;
            nextSibling[ROOT] = -1;
        }

        int child(int state, char c) {
            for (int child = firstChild[state]; child >= 0; child = nextSibling[child]) {
                if (chars[child] == c) {
                    return child;
                }
            }
            return -1;
        }

        int childOrAdd(int state, char c) {
            int existing = child(state, c);
            if (existing >= 0) {
                return existing;
            }
            if (size == chars.length) {
                firstChild = Arrays.copyOf(firstChild, size * 2);
                nextSibling = Arrays.copyOf(nextSibling, size * 2);
                chars = Arrays.copyOf(chars, size * 2);
            }
            int added = size++;
            chars[added] = c;
            firstChild[added] = -1;
            nextSibling[added] = firstChild[state];
            firstChild[state] = added;
            return added;
        }
    }
}
