package org.parley.filter;

import java.util.List;

/** The immutable rule set in force: replaced as a whole when rules change, never edited in place. */
public record CompiledRuleSet(List<CompiledRule> rules, long version) {

    public static final CompiledRuleSet EMPTY = new CompiledRuleSet(List.of(), 0);
}
