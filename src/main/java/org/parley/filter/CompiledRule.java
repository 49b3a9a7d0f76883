package org.parley.filter;

/** A rule's data together with the matcher compiled from it. */
public record CompiledRule(RuleSpec spec, Rule matcher) {
}
