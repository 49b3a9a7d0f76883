package org.parley.filter;

import java.util.List;

/**
 * The immutable rule set in force, with the thresholds that turn its scores into decisions: replaced as a
 * whole when anything changes, never edited in place.
 */
public record CompiledRuleSet(List<CompiledRule> rules, Thresholds thresholds, long version) {

    public static CompiledRuleSet empty(Thresholds thresholds) {
        return new CompiledRuleSet(List.of(), thresholds, 0);
    }
}
