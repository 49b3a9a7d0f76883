package org.parley.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule as data: what it is called, what it looks for and how much a match counts. The matching itself is
 * built from {@code type} and {@code params} by {@link RuleCompiler}.
 *
 * @param policy the site policy its hits fall under, or null for a rule whose score decides (see {@link Policy})
 */
public record RuleSpec(Long id, String name, String description, RuleType type, Category category, int score,
        boolean enabled, RuleMode mode, JsonNode params, Policy policy) {

    /**
     * A new rule under no policy. A changed copy of a rule is made with a {@code with} method, which keeps the
     * fields it does not change (its policy too).
     */
    public RuleSpec(Long id, String name, String description, RuleType type, Category category, int score,
            boolean enabled, RuleMode mode, JsonNode params) {
        this(id, name, description, type, category, score, enabled, mode, params, null);
    }

    /** The same rule with other parameters. */
    public RuleSpec withParams(JsonNode other) {
        return new RuleSpec(id, name, description, type, category, score, enabled, mode, other, policy);
    }

    /** The same rule switched on or off. */
    public RuleSpec withEnabled(boolean on) {
        return new RuleSpec(id, name, description, type, category, score, on, mode, params, policy);
    }
}
