package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.NormalisedText;
import org.parley.filter.Normaliser;
import org.parley.filter.Rule;
import org.parley.filter.TextView;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Words and phrases, found in one pass with Aho-Corasick however long the list is, in three readings of the
 * text: the normalised one (look-alikes, accents, leetspeak and stretched letters undone), a squeezed one
 * (every doubled letter single, for "fuuuck"), and a joined one ("f u c k"), which counts half. Masked forms
 * ("f*ck") are added to the list when it is built. Each term can name innocent longer words or phrases
 * ("Scunthorpe", "Dick Cheney") that contain it and must not count.
 */
public final class TermsRule implements Rule {

    /** Where a term may stand inside the text's words. */
    public enum Match {
        /** The term is a whole word or phrase ("ass" does not match "class"). */
        WORD,
        /** The term starts a word ("idiot" matches "idiots", "idiotic"). */
        PREFIX,
        /** Anywhere, also inside words. */
        SUBSTRING
    }

    /** One term with its own options; in JSON either a plain string or an object. */
    public record Term(String term, Match match, List<String> exceptions) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Term(@JsonProperty("term") String term, @JsonProperty("match") Match match,
                @JsonProperty("exceptions") List<String> exceptions) {
            this.term = term;
            this.match = match;
            this.exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Term of(String term) {
            return new Term(term, null, null);
        }
    }

    /**
     * The rule's data: the terms, how they must stand unless a term says otherwise, exceptions for every
     * term, and which field to read.
     */
    public record Params(List<Term> terms, Match match, List<String> exceptions, Field field) {
        public Params {
            if (terms == null || terms.stream().allMatch(t -> t == null || t.term() == null || t.term().isBlank())) {
                throw new IllegalArgumentException("a term list needs at least one term");
            }
            match = match == null ? Match.WORD : match;
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
            field = field == null ? Field.TEXT : field;
        }
    }

    /** One term as compiled: how it stands and what excuses it, in each reading. */
    private record Compiled(Match match, List<String> exceptions, List<String> squeezedExceptions,
            boolean joinable) {
    }

    private final Field field;
    private final Trie mainTrie;
    private final Map<String, List<Compiled>> mainTerms = new HashMap<>();
    private final Trie squeezedTrie;
    private final Map<String, List<Compiled>> squeezedTerms = new HashMap<>();

    public TermsRule(Params params, Normaliser normaliser) {
        this.field = params.field();
        for (Term t : params.terms()) {
            if (t == null || t.term() == null || t.term().isBlank()) {
                continue;
            }
            Match match = t.match() == null ? params.match() : t.match();
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
                    match == Match.WORD && folded.indexOf(' ') < 0);
            // Look-alike tables are not case-symmetric (capital Greek Mu looks like M, small mu does not), so
            // the term is folded as written and in both cases: it then matches itself however it is typed.
            for (String variant : new LinkedHashSet<>(List.of(term, term.toLowerCase(Locale.ROOT),
                    term.toUpperCase(Locale.ROOT)))) {
                String f = normaliser.foldTerm(variant);
                add(mainTerms, f, compiled);
                if (match != Match.SUBSTRING) {
                    for (String masked : maskedForms(f)) {
                        add(mainTerms, masked, compiled);
                    }
                }
                add(squeezedTerms, normaliser.squeezeTerm(variant), compiled);
            }
        }
        this.mainTrie = Trie.builder().addKeywords(mainTerms.keySet()).build();
        this.squeezedTrie = Trie.builder().addKeywords(squeezedTerms.keySet()).build();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        NormalisedText text = input.normalised(field);
        List<int[]> found = new ArrayList<>(2);
        scan(text.main(), mainTrie, mainTerms, false, found, matches, false);
        if (!text.squeezed().text().equals(text.main().text())) {
            scan(text.squeezed(), squeezedTrie, squeezedTerms, true, found, matches, false);
        }
        if (!text.joined().text().equals(text.main().text())) {
            scan(text.joined(), mainTrie, mainTerms, false, found, matches, true);
        }
    }

    private void scan(TextView view, Trie trie, Map<String, List<Compiled>> terms, boolean squeezed,
            List<int[]> found, Matches matches, boolean loose) {
        String s = view.text();
        for (Emit emit : trie.parseText(s)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            for (Compiled term : terms.get(emit.getKeyword())) {
                if ((loose && !term.joinable()) || !stands(s, start, end, term.match())
                        || excused(s, start, end, squeezed ? term.squeezedExceptions() : term.exceptions())) {
                    continue;
                }
                int from = view.originalStart(start);
                int to = view.originalEnd(end);
                if (overlapsAny(found, from, to)) {
                    break;
                }
                found.add(new int[] {from, to});
                if (loose) {
                    matches.addLoose(field, from, to);
                } else {
                    matches.add(field, from, to);
                }
                break;
            }
        }
    }

    private static boolean stands(String text, int start, int end, Match match) {
        return switch (match) {
            case SUBSTRING -> true;
            case PREFIX -> !isWordChar(text, start - 1);
            case WORD -> !isWordChar(text, start - 1) && !isWordChar(text, end);
        };
    }

    /** True when an exception (a longer innocent word or phrase) covers the match. */
    private static boolean excused(String text, int start, int end, List<String> exceptions) {
        for (String exception : exceptions) {
            int from = Math.max(0, end - exception.length());
            for (int at = text.indexOf(exception, from); at >= 0 && at <= start; at = text.indexOf(exception, at + 1)) {
                if (at + exception.length() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<int[]> spans, int from, int to) {
        for (int[] span : spans) {
            if (from < span[1] && span[0] < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        return Character.isLetterOrDigit(text.codePointAt(Character.isLowSurrogate(text.charAt(index)) && index > 0
                ? index - 1 : index));
    }

    /**
     * "fuck" also as "f*ck", "fu*k", "f**k": writers mask a letter or two inside a word and keep its first and
     * last letters, which is what a reader needs to recognise it. Only words of four letters or more, so
     * short masks ("a*s") stay innocent.
     */
    static List<String> maskedForms(String term) {
        List<String> forms = new ArrayList<>();
        if (term.length() < 4 || !term.chars().allMatch(Character::isLetter)) {
            return forms;
        }
        for (int i = 1; i < term.length() - 1; i++) {
            forms.add(term.substring(0, i) + '*' + term.substring(i + 1));
            if (i < term.length() - 2) {
                forms.add(term.substring(0, i) + "**" + term.substring(i + 2));
            }
        }
        forms.add(term.charAt(0) + "*".repeat(term.length() - 2) + term.charAt(term.length() - 1));
        return forms;
    }

    private static void add(Map<String, List<Compiled>> terms, String keyword, Compiled compiled) {
        List<Compiled> existing = terms.get(keyword);
        if (existing != null && existing.contains(compiled)) {
            return;
        }
        if (!keyword.isBlank()) {
            terms.computeIfAbsent(keyword, k -> new ArrayList<>(1)).add(compiled);
        }
    }
}
