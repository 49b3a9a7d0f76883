package org.parley.filter;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rule matching one stretch of a submission's {@code field}. {@code start} and {@code end} (end exclusive)
 * count Unicode code points of the original text, the characters a reader sees, as Python and most tools
 * index text; {@code utf16Start} and {@code utf16End} are the same span in UTF-16 units, as Java and
 * JavaScript index strings. {@code score} is the rule's score; a rule counts once however often it matches.
 *
 * @param parts  for a finding made of labelled pieces (a statement's group and predicate), each piece; the hit's
 *               span then runs from the first piece to the last, words between them included. Left out of JSON
 *               when empty, so plain hits read as they always have.
 * @param policy the site policy the rule falls under, whose setting rather than the score decides what its hits
 *               do; left out of JSON when none
 */
public record Hit(String rule, Category category, int score, int start, int end, int utf16Start, int utf16End,
        String match, RuleMode mode, Field field,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Part> parts,
        @JsonInclude(JsonInclude.Include.NON_NULL) Policy policy) {

    /** One labelled piece of a hit, spanned in code points and in UTF-16 units like the hit itself. */
    public record Part(String role, int start, int end, int utf16Start, int utf16End, String match) {
    }

    public Hit {
        // Verdicts stored before hits had parts read back without them.
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A hit of a single stretch, under no policy. */
    public Hit(String rule, Category category, int score, int start, int end, int utf16Start, int utf16End,
            String match, RuleMode mode, Field field) {
        this(rule, category, score, start, end, utf16Start, utf16End, match, mode, field, List.of(), null);
    }

    /** A hit on {@code text} between two UTF-16 offsets. */
    public static Hit on(String text, int utf16Start, int utf16End, String rule, Category category, int score,
            RuleMode mode, Field field) {
        return on(text, utf16Start, utf16End, rule, category, score, mode, field, null);
    }

    /** A hit on {@code text} between two UTF-16 offsets, of a rule under {@code policy} (or none). */
    public static Hit on(String text, int utf16Start, int utf16End, String rule, Category category, int score,
            RuleMode mode, Field field, Policy policy) {
        int start = text.codePointCount(0, utf16Start);
        int end = start + text.codePointCount(utf16Start, utf16End);
        return new Hit(rule, category, score, start, end, utf16Start, utf16End, text.substring(utf16Start, utf16End),
                mode, field, List.of(), policy);
    }

    /**
     * A hit on {@code text} made of labelled parts (UTF-16 spans of it), spanning from the earliest part's start
     * to the latest part's end.
     */
    public static Hit ofParts(String text, List<Rule.Part> parts, String rule, Category category, int score,
            RuleMode mode, Field field, Policy policy) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a hit of parts needs at least one part");
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (Rule.Part p : parts) {
            from = Math.min(from, p.start());
            to = Math.max(to, p.end());
        }
        Hit whole = on(text, from, to, rule, category, score, mode, field, policy);
        List<Part> pieces = new ArrayList<>(parts.size());
        for (Rule.Part p : parts) {
            // Counted from the hit's start, which is already in code points, rather than from the text's.
            int start = whole.start() + text.codePointCount(from, p.start());
            int end = start + text.codePointCount(p.start(), p.end());
            pieces.add(new Part(p.role(), start, end, p.start(), p.end(), text.substring(p.start(), p.end())));
        }
        return new Hit(rule, category, score, whole.start(), whole.end(), from, to, whole.match(), mode, field,
                pieces, policy);
    }

    /** Whether the hit is made of labelled parts. */
    public boolean hasParts() {
        return !parts.isEmpty();
    }
}
