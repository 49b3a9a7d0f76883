package org.parley.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule as data: what it is called, what it looks for and how much a match counts. The matching itself is
 * built from {@code type} and {@code params} by {@link RuleCompiler}.
 */
public record RuleSpec(Long id, String name, String description, RuleType type, Category category, int score,
        boolean enabled, RuleMode mode, JsonNode params) {
}
