package org.parley.filter.rules.statement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.parley.filter.Budget;

/**
 * Cuts a run-together word ("Ihate", "womenare") or a run of spelled-out letters into the fewest known words.
 * Immutable.
 */
final class WordCuts {

    /** The longest word that is cut: a tag or a spelled-out phrase is shorter, and a longer word is no slip. */
    static final int MAX_CUT = 64;
    /** The longest piece looked for in a run-together word, which bounds the work per letter. */
    private static final int MAX_PIECE = 24;

    /**
     * The words a run-together word may hold besides the lexicons' own: function words and the words that stand
     * between a group and what is said of it ("Ihate", "hangall", "womenare", "justpathetic", "gastheroma"). Not
     * the rest of English: a tag or a name that joins a group word to another word is a compound, not a statement
     * ("#FemaleLogic", "#ArabSpring", "ChristianBale"), and the English list's short words are mostly abbreviations
     * and names that would cut any name ("roma now ski", "men sen").
     */
    static final Set<String> GLUE = Set.of("i", "a", "an", "am", "are", "as", "at", "be", "by", "do", "go", "he", "if",
            "in", "is", "it", "me", "my", "no", "of", "oh", "on", "or", "so", "to", "up", "us", "we", "the", "and",
            "all", "you", "for", "not", "but", "our", "his", "her", "its", "who", "why", "how", "can", "may", "too",
            "any", "one", "two", "get", "got", "let", "she", "him", "was", "has", "had", "did", "now", "out", "off",
            "own", "nor", "yet", "ill", "im", "id", "ive", "yes", "just", "really", "very", "such", "some", "many",
            "much", "more", "most", "every", "each", "other", "others", "only", "even", "ever", "never", "also",
            "still", "again", "always", "about", "after", "before", "into", "over", "under", "with", "without", "from",
            "this", "that", "these", "those", "them", "they", "their", "there", "here", "then", "than", "when", "where",
            "what", "which", "while", "whom", "whose", "have", "been", "being", "were", "will", "would", "should",
            "could", "must", "shall", "might", "like", "your", "does", "because", "since", "though", "absolutely",
            "absolute", "total", "totally", "complete", "completely", "utter", "utterly", "pure", "truly", "literally",
            "basically", "simply", "seriously", "fucking", "bloody", "damn", "damned", "freaking", "nothing",
            "everyone", "anyone", "nobody", "none", "need", "want", "make", "stop", "going", "back", "away", "please",
            "typical", "massive", "huge", "behaviour", "behavior");

    /**
     * The pieces a run-together word may hold (spelled-out letters also the English list's words of four letters or
     * more), with {@link #pieceKinds}: the plausible forms of the lexicons' words, the common words and the glue.
     */
    private final WordSet pieces;
    /** Per piece, 2 for a group or predicate word, 1 for another. */
    private final byte[] pieceKinds;

    /** Cuts into {@code targetForms} (group and predicate words), {@code otherForms} and the glue. */
    WordCuts(Set<String> targetForms, Set<String> otherForms) {
        Map<String, Byte> kinds = new LinkedHashMap<>();
        for (String piece : otherForms) {
            // Short words only from the glue: see GLUE.
            if (piece.length() > 3 || GLUE.contains(piece)) {
                kinds.put(piece, (byte) 1);
            }
        }
        GLUE.forEach(word -> kinds.put(word, (byte) 1));
        targetForms.forEach(word -> kinds.put(word, (byte) 2));
        this.pieces = new WordSet(kinds.keySet());
        this.pieceKinds = new byte[kinds.size()];
        kinds.forEach((word, kind) -> pieceKinds[this.pieces.indexOf(word, 0, word.length(), word.hashCode())] = kind);
    }

    /**
     * Whether {@code s[from, to)} ends in a word of {@code set} of three letters or more: the cheap test before a
     * long word is cut, since a run-together call or tag names its target last ("killallsyrians", "Ihate").
     */
    static boolean endsInOneOf(WordSet set, String s, int from, int to) {
        int hash = 0;
        int power = 1;
        for (int start = to - 1; start >= Math.max(from + 1, to - MAX_PIECE); start--) {
            hash += s.charAt(start) * power;
            power *= 31;
            if (to - start >= 3 && set.indexOf(s, start, to, hash) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} starts with a word of {@code set} of three letters or more ("womenare"). */
    static boolean startsWithOneOf(WordSet set, String s, int from, int to) {
        int hash = 0;
        for (int end = from + 1; end < Math.min(to, from + MAX_PIECE); end++) {
            hash = 31 * hash + s.charAt(end - 1);
            if (end - from >= 3 && set.indexOf(s, from, end, hash) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cut of {@code s} into the fewest known words, at most {@code maxPieces}, preferring cuts with more group
     * and predicate words, then fewer short words: the offsets where pieces start, and {@code s.length()}; null if
     * there is none. A word of one letter ("i", "a") stands anywhere in spelled-out letters, but only first in a
     * run-together word: "Ihate", "ablack", but not "finn a". From each offset that a cut reaches, pieces of up to
     * {@link #MAX_PIECE} letters are tried, one probe each (the hash of a piece grows with it), so the work is
     * linear in the length, and a word that starts with no known word ends after one round.
     */
    int[] cuts(String s, int maxPieces, boolean spelledOut, Budget budget) {
        int n = s.length();
        if (n > MAX_CUT) {
            return null;
        }
        int[] pieces = new int[n + 1];
        int[] targetPieces = new int[n + 1];
        int[] shortPieces = new int[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(pieces, 1, n + 1, Integer.MAX_VALUE);
        for (int start = 0; start < n; start++) {
            if (pieces[start] >= maxPieces) {
                continue;
            }
            int hash = 0;
            for (int end = start + 1; end <= Math.min(n, start + MAX_PIECE); end++) {
                budget.tick();
                hash = 31 * hash + s.charAt(end - 1);
                if (end - start == 1 && !spelledOut && start > 0) {
                    continue;
                }
                int kind = pieceKind(s, start, end, hash, spelledOut);
                if (kind == 0) {
                    continue;
                }
                int count = pieces[start] + 1;
                int targetCount = targetPieces[start] + (kind == 2 ? 1 : 0);
                int shortCount = shortPieces[start] + (end - start <= 2 ? 1 : 0);
                // Of cuts as short, the one with fewer words of one or two letters: "run the", not "runt he".
                if (count < pieces[end] || count == pieces[end] && (targetCount > targetPieces[end]
                        || targetCount == targetPieces[end] && shortCount < shortPieces[end])) {
                    pieces[end] = count;
                    targetPieces[end] = targetCount;
                    shortPieces[end] = shortCount;
                    previous[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE) {
            return null;
        }
        int[] cuts = new int[pieces[n] + 1];
        for (int end = n, p = pieces[n]; p >= 0; p--) {
            cuts[p] = end;
            end = previous[end];
        }
        return cuts;
    }

    /**
     * 2 for a group or predicate word, 1 for another word that may be a piece, 0 for none. Spelled-out letters may
     * spell any English word; a run-together word is cut only into the lexicons' words and the common and short
     * ones ("Ihate", "womenare", "gastheroma"), for a tag or a name that joins a group word to any other word is
     * a compound, not a statement: "#FemaleLogic", "Whitesnake", "ChristianBale".
     */
    private int pieceKind(String s, int start, int end, int hash, boolean spelledOut) {
        int k = pieces.indexOf(s, start, end, hash);
        if (k >= 0) {
            return pieceKinds[k];
        }
        return spelledOut && end - start > 3 && EnglishWords.WORDS.indexOf(s, start, end, hash) >= 0 ? 1 : 0;
    }
}
