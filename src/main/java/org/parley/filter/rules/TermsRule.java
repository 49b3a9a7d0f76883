package org.parley.filter.rules;

import java.util.List;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;
import org.parley.filter.text.Normaliser;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Words and phrases, found in one pass with Aho-Corasick however long the list is, in three readings of the
 * text: the normalised one (look-alikes, accents, leetspeak and stretched letters undone), a squeezed one
 * (every doubled letter single, for "fuuuck"), and a joined one ("f u c k"), tried for whole words only. Masked forms
 * ("f*ck") are read against the list word by word. Each term can name innocent longer words or phrases
 * ("Scunthorpe", "Dick Cheney") that contain it and must not count, and words that near it show another sense.
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

    /**
     * One term with its own options; in JSON either a plain string or an object. {@code unlessNear} are words
     * that, within a few words of the term, show it has another sense ("dyke" near "flooding", "bitch" near
     * "puppies"): the term does not count there unless it is said to someone ("you bitch").
     */
    public record Term(String term, Match match, List<String> exceptions, List<String> unlessNear) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Term(@JsonProperty("term") String term, @JsonProperty("match") Match match,
                @JsonProperty("exceptions") List<String> exceptions,
                @JsonProperty("unlessNear") List<String> unlessNear) {
            this.term = term;
            this.match = match;
            this.exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
            this.unlessNear = unlessNear == null ? List.of() : List.copyOf(unlessNear);
        }

        public Term(String term, Match match, List<String> exceptions) {
            this(term, match, exceptions, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Term of(String term) {
            return new Term(term, null, null, null);
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

    private final TermTable table;

    public TermsRule(Params params, Normaliser normaliser) {
        this.table = new TermTable(params, normaliser);
    }

    /** The compiled list, for the rule set's shared scanner. */
    public TermTable table() {
        return table;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        for (TermScanner.Span span : TermScanner.matchesOf(input, table)) {
            matches.add(table.field, span.start(), span.end());
        }
    }

}
