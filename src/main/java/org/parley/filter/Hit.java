package org.parley.filter;

/**
 * One rule matching one stretch of a submission's {@code field}. {@code start} and {@code end} (end exclusive)
 * count Unicode code points of the original text, the characters a reader sees, as Python and most tools
 * index text; {@code utf16Start} and {@code utf16End} are the same span in UTF-16 units, as Java and
 * JavaScript index strings. {@code score} is the rule's score; a rule counts once however often it matches.
 */
public record Hit(String rule, Category category, int score, int start, int end, int utf16Start, int utf16End,
        String match, RuleMode mode, Field field) {

    /** A hit on {@code text} between two UTF-16 offsets. */
    public static Hit on(String text, int utf16Start, int utf16End, String rule, Category category, int score,
            RuleMode mode, Field field) {
        int start = text.codePointCount(0, utf16Start);
        int end = start + text.codePointCount(utf16Start, utf16End);
        return new Hit(rule, category, score, start, end, utf16Start, utf16End, text.substring(utf16Start, utf16End),
                mode, field);
    }
}
