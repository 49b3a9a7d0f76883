package org.parley.filter;

/**
 * One rule matching one stretch of a submission. {@code start} and {@code end} index the original text
 * (end exclusive), so a moderator's view can highlight exactly what matched.
 */
public record Hit(String rule, Category category, int score, int start, int end, String match, RuleMode mode) {
}
