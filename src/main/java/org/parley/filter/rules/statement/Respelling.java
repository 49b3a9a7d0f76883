package org.parley.filter.rules.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The shortest word a dropped letter is read back into: the four-letter words one letter short of a shorter
     * word are nearly all abbreviations or other words ("def", "cnt", "sho").
     */
    static final int MIN_DROPPED = 5;
    /** The shortest word two swapped letters are read back into ("haet", "klil"); a swap keeps the length. */
    static final int MIN_SWAPPED = 4;
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
    /** The longest word that is cut: a tag or a spelled-out phrase is shorter, and a longer word is no slip. */
    private static final int MAX_CUT = 64;
    /** No spelled-out phrase is longer; a longer run of single letters is left as it is. */
    static final int MAX_SPELLED_OUT = MAX_CUT;
    /** Spelled-out letters stand at most this far apart ("w o m e n", "w - o - m"). */
    private static final int MAX_GAP = 3;
    /** The longest piece looked for in a run-together word, which bounds the work per letter. */
    private static final int MAX_PIECE = 24;
    /** How many words on each side may complete a phrase with a repaired word ("trans p e o p l e"). */
    private static final int CONTEXT = 3;

    /**
     * Words that are never corrected although the English list lacks them: the short words of the web and of
     * speech ("dont", "finna"), and words of other languages that comments use ("dans").
     */
    static final Set<String> COMMON = Set.of("u", "r", "ur", "ya", "im", "id", "ill", "ive", "dont", "doesnt", "didnt",
            "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "shouldnt", "wouldnt", "wont", "aint", "youre",
            "theyre", "thats", "whats", "hes", "shes", "theres", "lets", "youve", "weve", "theyve", "youll", "theyll",
            "gonna", "wanna", "gotta", "dunno", "kinda", "sorta", "finna", "thas", "lol", "lmao", "omg", "smh", "tbh",
            "imo", "idk", "bro", "bruh", "yall", "shite", "innit", "cuz", "coz", "pls", "plz", "thx", "dans");
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

    private final List<Lexicon> targets;
    /**
     * Every form of every word of all the rule's lexicons, the common words and the glue: with the English list,
     * the words that are never corrected or cut.
     */
    private final WordSet knownWords;
    /**
     * The pieces a run-together word may hold (spelled-out letters also the English list's words of four letters or
     * more), with
     * {@link #pieceKinds}: the plausible forms of the lexicons' words, the common words and the glue.
     */
    private final WordSet pieces;
    /** Per piece, 2 for a group or predicate word, 1 for another. */
    private final byte[] pieceKinds;
    /** The plausible forms of the group and predicate words. */
    private final WordSet targetWords;
    /** The plausible forms of the group words. */
    private final WordSet groupWords;
    /** Misspellings (a letter dropped, two swapped) of group and predicate words, none a known word. */
    private final WordSet slips;
    /** For each slip, the words it may stand for, in alphabetical order. */
    private final String[][] slipTargets;
    /** For each slip, whether it may stand for a group word. */
    private final boolean[] slipNamesAGroup;
    private final int shortestSlip;
    private final int longestSlip;

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
                targetForms.addAll(plausible(forms));
                slipTargetForms.addAll(written(forms));
                if (lexicon == groups) {
                    groupForms.addAll(plausible(forms));
                }
            }
        }
        pieceForms.addAll(targetForms);
        for (Lexicon lexicon : others) {
            for (Set<String> forms : lexicon.words()) {
                all.addAll(forms);
                pieceForms.addAll(plausible(forms));
            }
        }
        all.addAll(COMMON);
        all.addAll(GLUE);
        this.knownWords = new WordSet(all);
        Map<String, Byte> kinds = new LinkedHashMap<>();
        for (String piece : pieceForms) {
            // Short words only from the glue: see GLUE.
            if (piece.length() > 3 || GLUE.contains(piece)) {
                kinds.put(piece, (byte) 1);
            }
        }
        for (String word : COMMON) {
            if (word.length() > 3) {
                kinds.put(word, (byte) 1);
            }
        }
        GLUE.forEach(word -> kinds.put(word, (byte) 1));
        targetForms.forEach(word -> kinds.put(word, (byte) 2));
        this.pieces = new WordSet(kinds.keySet());
        this.pieceKinds = new byte[kinds.size()];
        kinds.forEach((word, kind) -> pieceKinds[this.pieces.indexOf(word, 0, word.length(), word.hashCode())] = kind);
        this.targetWords = new WordSet(targetForms);
        this.groupWords = new WordSet(groupForms);

        Map<String, Set<String>> slipsTo = new LinkedHashMap<>();
        for (String form : slipTargetForms) {
            addSlips(form, slipsTo);
        }
        List<String> keys = new ArrayList<>(slipsTo.keySet());
        this.slips = new WordSet(keys);
        this.slipTargets = new String[keys.size()][];
        this.slipNamesAGroup = new boolean[keys.size()];
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String key : keys) {
            int k = slips.indexOf(key, 0, key.length(), key.hashCode());
            slipTargets[k] = slipsTo.get(key).toArray(String[]::new);
            for (String target : slipTargets[k]) {
                slipNamesAGroup[k] |= groupForms.contains(target);
            }
            shortest = Math.min(shortest, key.length());
            longest = Math.max(longest, key.length());
        }
        this.shortestSlip = shortest;
        this.longestSlip = longest;
    }

    /**
     * The forms a writer may have meant: the word as written, its plural in "s" ("Kurds", which the English list
     * lacks), and the other forms English has. Lexicon.forms also makes forms no one writes ("firsted", "deaves",
     * "mening"), and a name cut into one ("meningsuiting") would be a word the writer never meant.
     */
    private static List<String> plausible(Set<String> forms) {
        List<String> plausible = new ArrayList<>(written(forms));
        String plural = forms.iterator().next() + "s";
        if (forms.contains(plural) && !plausible.contains(plural)) {
            plausible.add(plural);
        }
        return plausible;
    }

    /**
     * The forms a slip is read back into: the word as written and the forms English has, and not the plural in
     * "s" where English lacks it ("trahs" is "trash", not "trashs"; "fisted" and "daves" are no "firsted" and
     * "deaves").
     */
    private static List<String> written(Set<String> forms) {
        String asWritten = forms.iterator().next();
        return forms.stream().filter(f -> f.equals(asWritten) || EnglishWords.WORDS.contains(f)).toList();
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
        if (!isKnown(slip)) {
            slipsTo.computeIfAbsent(slip, k -> new TreeSet<>()).add(word);
        }
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
                if (length >= shortestSlip && length <= longestSlip) {
                    int k = slips.indexOf(s, start, i, hash);
                    if (k >= 0 && slipNamesAGroup[k]) {
                        return true;
                    }
                }
                // "#DeportTheIraqis", "killallsyrians": the scan sees a group only at the start of a word.
                if (length >= MIN_HIDING && length <= MAX_CUT && !isKnown(s, start, i, hash)
                        && endsInOneOf(groupWords, s, start, i) && !isHandle(text, start)) {
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

    /**
     * Whether {@code s[from, to)} ends in a word of {@code set} of three letters or more: the cheap test before a
     * long word is cut, since a run-together call or tag names its target last ("killallsyrians", "Ihate").
     */
    private static boolean endsInOneOf(WordSet set, String s, int from, int to) {
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
    private static boolean startsWithOneOf(WordSet set, String s, int from, int to) {
        int hash = 0;
        for (int end = from + 1; end < Math.min(to, from + MAX_PIECE); end++) {
            hash = 31 * hash + s.charAt(end - 1);
            if (end - from >= 3 && set.indexOf(s, from, end, hash) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean cutsOutAGroup(String word, Budget budget) {
        int[] cuts = cuts(word, MAX_RUN_TOGETHER_PIECES, false, budget);
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
            } else if (letters.length() >= MIN_SWAPPED && !isHandle(text, word.start())) {
                int k = letters.length() <= longestSlip
                        ? slips.indexOf(letters, 0, letters.length(), letters.hashCode()) : -1;
                // "a womn's nature": the slip is in the word, not in the possessive "s" Word.cut left on it.
                int possessiveSlip = k < 0 && word.possessive() && letters.length() - 1 <= longestSlip
                        ? slips.indexOf(letters, 0, letters.length() - 1,
                                letters.substring(0, letters.length() - 1).hashCode())
                        : -1;
                if (k >= 0 || possessiveSlip >= 0) {
                    repaired = corrected(word, slipTargets[k >= 0 ? k : possessiveSlip], k >= 0 ? "" : "s",
                            out == null ? words.subList(0, i) : out, words.subList(next, n));
                } else if (letters.length() >= MIN_RUN_TOGETHER && letters.length() <= MAX_CUT && !isKnown(letters)
                        && (startsWithOneOf(targetWords, letters, 0, letters.length())
                                || endsInOneOf(targetWords, letters, 0, letters.length()))
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
        int[] cuts = cuts(joined, to - from, true, budget);
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
        int[] cuts = cuts(text, MAX_RUN_TOGETHER_PIECES, false, budget);
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

    /**
     * The cut of {@code s} into the fewest known words, at most {@code maxPieces}, preferring cuts with more group
     * and predicate words, then fewer short words: the offsets where pieces start, and {@code s.length()}; null if
     * there is none. A word of one letter ("i", "a") stands anywhere in spelled-out letters, but only first in a
     * run-together word: "Ihate", "ablack", but not "finn a". From each offset that a cut reaches, pieces of up to
     * {@link #MAX_PIECE} letters are tried, one probe each (the hash of a piece grows with it), so the work is
     * linear in the length, and a word that starts with no known word ends after one round.
     */
    private int[] cuts(String s, int maxPieces, boolean spelledOut, Budget budget) {
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
