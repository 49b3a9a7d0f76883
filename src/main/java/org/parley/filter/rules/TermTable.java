package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.filter.Field;
import org.parley.filter.rules.statement.Lexicon;
import org.parley.filter.text.Normaliser;

/**
 * One term list compiled for matching: each term folded the way texts are, in the normalised and the squeezed
 * reading, with its exceptions folded too, and single words indexed for masked spellings. Immutable.
 */
public final class TermTable {

    /** One term as compiled: how it stands and what excuses it, in each reading. */
    record Compiled(TermsRule.Match match, List<String> exceptions, List<String> squeezedExceptions,
            boolean joinable, Set<String> unlessNear) {
    }

    /**
     * A word that a masked word ("f*ck", "k*ll") may stand for: a single-word term, or a word of a phrase; a
     * prefix term also stands at the start of longer masked words ("f*cking").
     */
    record Maskable(String term, boolean fromPhrase) {
    }

    final Field field;
    /** Matched in the main reading and masked words only, not stretched or spelled out. */
    final boolean mainReadingOnly;
    private volatile TermScanner alone;
    final Map<String, List<Compiled>> main = new HashMap<>();
    final Map<String, List<Compiled>> squeezed = new HashMap<>();
    final Map<Long, List<Maskable>> maskable = new HashMap<>();
    /** Prefix terms by first letter and length, for masked longer words. */
    final Map<Long, List<Maskable>> maskablePrefixes = new HashMap<>();

    TermTable(TermsRule.Params params, Normaliser normaliser) {
        this(params, normaliser, false);
    }

    TermTable(TermsRule.Params params, Normaliser normaliser, boolean mainReadingOnly) {
        this(params, normaliser, mainReadingOnly, true);
    }

    /** A table of cue words, read in the main reading only and without unmasking (see the constructor). */
    public static TermTable cues(TermsRule.Params params, Normaliser normaliser) {
        return new TermTable(params, normaliser, true, false);
    }

    /**
     * A table whose words, with {@code unmasks} false, only tell a rule whether to read a comment: they do not
     * say what a masked word ("sh*t") stands for, or "shoot" would compete with "shit".
     */
    TermTable(TermsRule.Params params, Normaliser normaliser, boolean mainReadingOnly, boolean unmasks) {
        this.field = params.field();
        this.mainReadingOnly = mainReadingOnly;
        for (TermsRule.Term t : params.terms()) {
            if (t == null || t.term() == null || t.term().isBlank()) {
                continue;
            }
            TermsRule.Match match = t.match() == null ? params.match() : t.match();
            List<String> exceptions = new ArrayList<>(params.exceptions());
            exceptions.addAll(t.exceptions());
            String term = t.term().strip();
            String folded = normaliser.foldTerm(term);
            if (folded.isBlank()) {
                throw new IllegalArgumentException("the term \"" + t.term() + "\" has no letters left after normalising");
            }
            Compiled compiled = new Compiled(match,
                    exceptions.stream().map(normaliser::foldTerm).filter(e -> !e.isBlank()).toList(),
                    exceptions.stream().map(normaliser::squeezeTerm).filter(e -> !e.isBlank()).toList(),
                    match != TermsRule.Match.SUBSTRING, senseWords(t.unlessNear(), normaliser));
            // Look-alike tables are not case-symmetric (capital Greek Mu looks like M, small mu does not), so
            // the term is folded as written and in both cases: it then matches itself however it is typed.
            for (String variant : new LinkedHashSet<>(List.of(term, term.toLowerCase(Locale.ROOT),
                    term.toUpperCase(Locale.ROOT)))) {
                String f = normaliser.foldTerm(variant);
                add(main, f, compiled);
                if (match != TermsRule.Match.SUBSTRING && unmasks) {
                    String[] words = f.split(" ");
                    for (String word : words) {
                        if (isMaskable(word)) {
                            addMaskable(maskable, maskKey(word.charAt(0), word.charAt(word.length() - 1),
                                    word.length()), new Maskable(word, words.length > 1));
                        }
                    }
                    if (match == TermsRule.Match.PREFIX && isMaskable(f)) {
                        addMaskable(maskablePrefixes, maskKey(f.charAt(0), '*', f.length()), new Maskable(f, false));
                    }
                }
                add(squeezed, normaliser.squeezeTerm(variant), compiled);
            }
        }
    }

    /** The words of another sense, folded like texts, each in the forms its endings give ("puppy": puppies). */
    private static Set<String> senseWords(List<String> words, Normaliser normaliser) {
        Set<String> folded = new HashSet<>();
        for (String word : words) {
            String f = normaliser.foldTerm(word.strip());
            if (!f.isBlank()) {
                folded.addAll(Lexicon.forms(f));
            }
        }
        return Set.copyOf(folded);
    }

    private static void addMaskable(Map<Long, List<Maskable>> index, long key, Maskable m) {
        List<Maskable> same = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!same.contains(m)) {
            same.add(m);
        }
    }

    /** A scanner of this list alone, for a rule used outside a rule set (a test, a one-rule check). */
    TermScanner alone() {
        TermScanner scanner = alone;
        if (scanner == null) {
            scanner = new TermScanner(List.of(this));
            alone = scanner;
        }
        return scanner;
    }

    static long maskKey(char first, char last, int length) {
        return ((long) first << 32) | ((long) last << 16) | length;
    }

    private static boolean isMaskable(String term) {
        return term.length() >= 4 && term.chars().allMatch(Character::isLetter);
    }

    private static void add(Map<String, List<Compiled>> terms, String keyword, Compiled compiled) {
        if (keyword.isBlank()) {
            return;
        }
        List<Compiled> existing = terms.computeIfAbsent(keyword, k -> new ArrayList<>(1));
        if (!existing.contains(compiled)) {
            existing.add(compiled);
        }
    }
}
