package org.parley.filter;

/**
 * One rule matching one stretch of a submission. {@code start} and {@code end} index the original text of
 * {@code field} (end exclusive), so a moderator's view can highlight exactly what matched. {@code score} is
 * the rule's score; a rule counts once however often it matches.
 */
public record Hit(String rule, Category category, int score, int start, int end, String match, RuleMode mode,
        Field field) {
}
