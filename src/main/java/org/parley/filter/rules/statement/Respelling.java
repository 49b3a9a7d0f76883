package org.parley.filter.rules.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.filter.Budget;
import org.parley.filter.rules.Word;
import org.parley.filter.text.NormalisedText;

/**
 * Words spelled so that a word list misses them, read back as the words they stand for before the STATEMENT rule
 * looks them up (HateCheck's spelling variants; the normaliser has already undone leetspeak, look-alikes and
 * accents):
 * <ul>
 * <li>letters spaced out: "w o m e n", "I h a t e", a whole phrase "y o u a r e v e r m i n";</li>
 * <li>words run together: "Ihate", "womenare", "transthroats";</li>
 * <li>a letter dropped or two neighbours swapped: "womn", "Muslm", "haet", "execuetd".</li>
 * </ul>
 * A repair is kept only where it makes a group or a predicate of the rule's lexicons (the word itself, or a phrase
 * with its neighbours): a repair that makes only ordinary words ("a n d", "U S A") changes nothing the rule reads,
 * and leaving the text as written keeps every other reading as it was. Words the rule or English knows (a list of
 * about 75,000 words and the lexicons' own forms) are never corrected or cut: "naive" is no misspelled "native",
 * "therapist" no "the rapist". Linear in the text: one pass over the words, with a bounded amount of work at each.
 * Immutable and thread-safe.
 */
final class Respelling {

    /** The shortest run-together word that is cut ("Ihate"). */
    static final int MIN_RUN_TOGETHER = 5;
    /** A run-together word of more pieces than this is more likely a name than a slip of the space bar or a tag. */
    static final int MAX_RUN_TOGETHER_PIECES = 4;
    /**
     * The shortest unknown word of a text without a group word that is cut to look for one inside ("gastheroma"):
     * every comment pays a probe for each word this long, and few shorter ones hide a group.
     */
    static final int MIN_HIDING = 8;
    /** The fewest single letters that are read as one spelled-out word ("g a y"); two are initials. */
    static final int MIN_SPELLED_OUT = 3;
    /** No spelled-out phrase is longer; a longer run of single letters is left as it is. */
    static final int MAX_SPELLED_OUT = WordCuts.MAX_CUT;
    /** Spelled-out letters stand at most this far apart ("w o m e n", "w - o - m"). */
    private static final int MAX_GAP = 3;
    /** How many words on each side may complete a phrase with a repaired word ("trans p e o p l e"). */
    private static final int CONTEXT = 3;

    private final List<Lexicon> targets;
    /**
     * Every form of every word of all the rule's lexicons, the common words and the glue: with the English list,
     * the words that are never corrected or cut.
     */
    private final WordSet knownWords;
    /** The plausible forms of the group and predicate words. */
    private final WordSet targetWords;
    /** The plausible forms of the group words. */
    private final WordSet groupWords;
    private final WordCuts wordCuts;
    private final Slips slips;

    /**
     * Repairs towards the words of {@code groups} and {@code predicates}; the words of {@code others} (negations,
     * reporting words) are known words too, never corrected.
     */
    Respelling(Lexicon groups, Lexicon predicates, List<Lexicon> others) {
        this.targets = List.of(groups, predicates);
        Set<String> all = new HashSet<>();
        Set<String> pieceForms = new HashSet<>();
        Set<String> targetForms = new HashSet<>();
        Set<String> groupForms = new HashSet<>();
        Set<String> slipTargetForms = new HashSet<>();
        for (Lexicon lexicon : List.of(groups, predicates)) {
            for (Set<String> forms : lexicon.words()) {
                all.addAll(forms);
                targetForms.addAll(EnglishWords.plausible(forms));
                slipTargetForms.addAll(EnglishWords.written(forms));
                if (lexicon == groups) {
                    groupForms.addAll(EnglishWords.plausible(forms));
                }
            }
        }
        pieceForms.addAll(targetForms);
        for (Lexicon lexicon : others) {
            for (Set<String> forms : lexicon.words()) {
                all.addAll(forms);
                pieceForms.addAll(EnglishWords.plausible(forms));
            }
        }
        all.addAll(EnglishWords.UNLISTED);
        all.addAll(WordCuts.GLUE);
        this.knownWords = new WordSet(all);
        pieceForms.addAll(EnglishWords.UNLISTED);
        this.wordCuts = new WordCuts(targetForms, pieceForms);
        this.targetWords = new WordSet(targetForms);
        this.groupWords = new WordSet(groupForms);
        this.slips = new Slips(slipTargetForms, groupForms, this::isKnown);
    }

    private boolean isKnown(String word) {
        return knownWords.contains(word) || EnglishWords.WORDS.contains(word)
                // "fuckin", "nothin": speech drops the g, and the list has only the word with it.
                || word.length() > 4 && word.endsWith("in") && isKnown(word + "g");
    }

    /**
     * Whether a text in which the rule's scan found no group may still name one in a spelling the scan misses: a
     * run of single letters, a word one slip from a group word, or an unknown long word with a group word inside
     * ("killallsyrians"). One pass over the text, one probe for each word of a slip's length and one for each
     * long word; most comments pay only that.
     */
    boolean mayHideAGroup(NormalisedText text, Budget budget) {
        if (text.joined() != text.main()) {
            // The normaliser closed up a run of single letters, so there is one.
            return true;
        }
        String s = text.main().text();
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && isWordChar(s.charAt(i))) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + s.charAt(i);
                continue;
            }
            if (start >= 0) {
                budget.tick();
                int length = i - start;
                int k = slips.indexOf(s, start, i, hash);
                if (k >= 0 && slips.namesAGroup(k)) {
                    return true;
                }
                // "#DeportTheIraqis", "killallsyrians": the scan sees a group only at the start of a word.
                if (length >= MIN_HIDING && length <= WordCuts.MAX_CUT && !isKnown(s, start, i, hash)
                        && WordCuts.endsInOneOf(groupWords, s, start, i) && !isHandle(text, start)) {
                    String word = s.substring(start, i);
                    if (!isKnown(word) && cutsOutAGroup(word, budget)) {
                        return true;
                    }
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * "Whitesnake", "Blackwood": a capital and then only small letters, inside a sentence, is how a name is
     * written, and a name run together of a group word and another is still a name. Tags capitalise each word
     * ("#WhiteTrash") and a slip of the space bar has no capital ("womenare").
     */
    private static boolean isTitled(NormalisedText text, Word word) {
        String original = text.original();
        int from = text.main().originalStart(word.start());
        int to = text.main().originalEnd(word.end());
        if (from >= to || !Character.isUpperCase(original.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.isUpperCase(original.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "@BlackHilton", "@NoWomanIsRight": the name of an account, not words of the comment, though it runs words
     * together (the normaliser reads its "@" as an "a").
     */
    private static boolean isHandle(NormalisedText text, int start) {
        String original = text.original();
        int at = text.main().originalStart(start);
        return at < original.length() && original.charAt(at) == '@' || at > 0 && original.charAt(at - 1) == '@';
    }

    /** Whether {@code s[from, to)}, whose hash is {@code hash}, is a known word; one probe in each list. */
    private boolean isKnown(String s, int from, int to, int hash) {
        return knownWords.indexOf(s, from, to, hash) >= 0 || EnglishWords.WORDS.indexOf(s, from, to, hash) >= 0;
    }



    private boolean cutsOutAGroup(String word, Budget budget) {
        int[] cuts = wordCuts.cuts(word, MAX_RUN_TOGETHER_PIECES, false, budget);
        for (int p = 0; cuts != null && p + 1 < cuts.length; p++) {
            String piece = word.substring(cuts[p], cuts[p + 1]);
            if (groupWords.indexOf(piece, 0, piece.length(), piece.hashCode()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * The words as the writer meant them: spelled-out letters closed up, run-together words cut, slips corrected,
     * wherever that makes a group or predicate word. A repaired word spans the original span of its letters, and
     * keeps their sentence, clause and quotation. Returns {@code words} itself when nothing needs repair.
     * {@code words} are the words of {@code text}'s main reading.
     */
    List<Word> repair(NormalisedText text, List<Word> words, Budget budget) {
        List<Word> out = null;
        int n = words.size();
        int i = 0;
        while (i < n) {
            budget.tick();
            Word word = words.get(i);
            String letters = word.text();
            int next = i + 1;
            List<Word> repaired = null;
            if (letters.length() == 1 && Character.isLetter(letters.charAt(0))) {
                next = spelledOutEnd(words, i, budget);
                if (next - i >= MIN_SPELLED_OUT && next - i <= MAX_SPELLED_OUT) {
                    repaired = closeUp(words, i, next, out == null ? words.subList(0, i) : out, budget);
                }
            } else if (letters.length() >= Slips.MIN_SWAPPED && !isHandle(text, word.start())) {
                int k = slips.indexOf(letters, 0, letters.length(), letters.hashCode());
                // "a womn's nature": the slip is in the word, not in the possessive "s" Word.cut left on it.
                int possessiveSlip = k < 0 && word.possessive() && letters.length() - 1 <= slips.longest()
                        ? slips.indexOf(letters, 0, letters.length() - 1,
                                letters.substring(0, letters.length() - 1).hashCode())
                        : -1;
                if (k >= 0 || possessiveSlip >= 0) {
                    repaired = corrected(word, slips.targets(k >= 0 ? k : possessiveSlip), k >= 0 ? "" : "s",
                            out == null ? words.subList(0, i) : out, words.subList(next, n));
                } else if (letters.length() >= MIN_RUN_TOGETHER && letters.length() <= WordCuts.MAX_CUT
                        && !isKnown(letters)
                        && (WordCuts.startsWithOneOf(targetWords, letters, 0, letters.length())
                                || WordCuts.endsInOneOf(targetWords, letters, 0, letters.length()))
                        && !(i > 0 && words.get(i - 1).sentence() == word.sentence() && isTitled(text, word))) {
                    repaired = cut(word, out == null ? words.subList(0, i) : out, words.subList(next, n), budget);
                }
            }
            if (repaired != null && out == null) {
                out = new ArrayList<>(n + repaired.size());
                out.addAll(words.subList(0, i));
            }
            if (repaired != null) {
                out.addAll(repaired);
            } else if (out != null) {
                out.addAll(words.subList(i, next));
            }
            i = next;
        }
        return out == null ? words : out;
    }

    /** The end of the run of single letters at {@code from}: close together, in one clause and quotation. */
    private static int spelledOutEnd(List<Word> words, int from, Budget budget) {
        Word first = words.get(from);
        int end = from + 1;
        while (end < words.size()) {
            budget.tick();
            Word w = words.get(end);
            Word previous = words.get(end - 1);
            if (w.text().length() != 1 || !Character.isLetter(w.text().charAt(0)) || w.clause() != first.clause()
                    || w.sentence() != first.sentence() || w.quoted() != first.quoted()
                    || w.start() - previous.end() > MAX_GAP) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Single letters {@code [from, to)} closed up and cut into the words they spell, or null. */
    private List<Word> closeUp(List<Word> words, int from, int to, List<Word> before, Budget budget) {
        StringBuilder letters = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            letters.append(words.get(i).text());
        }
        String joined = letters.toString();
        int[] cuts = wordCuts.cuts(joined, to - from, true, budget);
        if (cuts == null) {
            return null;
        }
        Word first = words.get(from);
        List<Word> pieces = new ArrayList<>(cuts.length - 1);
        for (int p = 0; p + 1 < cuts.length; p++) {
            // One letter is one word here, so the piece spans from its first letter's start to its last's end.
            pieces.add(new Word(joined.substring(cuts[p], cuts[p + 1]), words.get(from + cuts[p]).start(),
                    words.get(from + cuts[p + 1] - 1).end(), first.sentence(), first.clause(), first.quoted(), false));
        }
        return makesAnEntry(before, pieces, words.subList(to, words.size())) ? pieces : null;
    }

    /** A run-together word cut into known words, or null. */
    private List<Word> cut(Word word, List<Word> before, List<Word> after, Budget budget) {
        String text = word.text();
        int[] cuts = wordCuts.cuts(text, MAX_RUN_TOGETHER_PIECES, false, budget);
        if (cuts == null || cuts.length < 3) {
            return null;
        }
        // Word.cut drops apostrophes ("can't" reads "cant"); then the letters no longer line up with the text
        // and each piece spans the whole word.
        boolean aligned = word.end() - word.start() == text.length();
        List<Word> pieces = new ArrayList<>(cuts.length - 1);
        for (int p = 0; p + 1 < cuts.length; p++) {
            boolean last = p + 2 == cuts.length;
            pieces.add(new Word(text.substring(cuts[p], cuts[p + 1]),
                    aligned ? word.start() + cuts[p] : word.start(), aligned ? word.start() + cuts[p + 1] : word.end(),
                    word.sentence(), word.clause(), word.quoted(), last && word.possessive()));
        }
        return makesAnEntry(before, pieces, after) ? pieces : null;
    }

    /**
     * The word a slip stands for that makes a group or predicate here, or null. Of several ("womn": woman, women),
     * the one whose number agrees with the words around it ("a womn", "the womn was"), else the plural.
     */
    private List<Word> corrected(Word word, String[] candidates, String suffix, List<Word> before, List<Word> after) {
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1).text();
        String following = after.isEmpty() ? "" : after.get(0).text();
        // Without a cue, the plural: a group is more often spoken of as a whole ("womn like you are").
        boolean plural = !(SINGULAR_BEFORE.contains(previous) || SINGULAR_AFTER.contains(following));
        List<Word> chosen = null;
        for (String candidate : candidates) {
            List<Word> corrected = List.of(new Word(candidate + suffix, word.start(), word.end(), word.sentence(),
                    word.clause(), word.quoted(), word.possessive()));
            if (!makesAnEntry(before, corrected, after)) {
                continue;
            }
            if (chosen == null) {
                chosen = corrected;
            }
            if (looksPlural(candidate) == plural) {
                return corrected;
            }
        }
        return chosen;
    }

    private static final Set<String> SINGULAR_BEFORE = Set.of("a", "an", "one", "every", "each", "any", "this",
            "that", "another", "single");
    private static final Set<String> SINGULAR_AFTER = Set.of("is", "was", "has", "does", "isnt", "wasnt", "hasnt",
            "doesnt");

    private static boolean looksPlural(String word) {
        return word.endsWith("s") || word.endsWith("men");
    }

    /**
     * Whether the repaired words, with up to {@link #CONTEXT} words of their sentence on each side, hold a group or
     * predicate entry that takes in at least one of them.
     */
    private boolean makesAnEntry(List<Word> before, List<Word> repaired, List<Word> after) {
        int sentence = repaired.get(0).sentence();
        List<Word> window = new ArrayList<>(2 * CONTEXT + repaired.size());
        for (int i = Math.max(0, before.size() - CONTEXT); i < before.size(); i++) {
            if (before.get(i).sentence() == sentence) {
                window.add(before.get(i));
            }
        }
        int first = window.size();
        window.addAll(repaired);
        int last = window.size() - 1;
        for (int i = 0; i < Math.min(CONTEXT, after.size()) && after.get(i).sentence() == sentence; i++) {
            window.add(after.get(i));
        }
        for (int i = 0; i <= last; i++) {
            for (Lexicon lexicon : targets) {
                Lexicon.Found found = lexicon.longestAt(window, i, window.size());
                if (found != null && i + found.length() > first) {
                    return true;
                }
            }
        }
        return false;
    }


}
