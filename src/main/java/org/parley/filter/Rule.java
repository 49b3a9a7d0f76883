package org.parley.filter;

/**
 * The matching code of one rule type. Implementations are immutable and thread-safe: one compiled instance
 * serves every request until the rule set is replaced.
 */
public interface Rule {

    /** Reports each stretch of the original text that this rule matches. */
    void match(Inspection input, Matches matches);

    /** Receives matches as spans of the original text (end exclusive). */
    @FunctionalInterface
    interface Matches {
        void add(int start, int end);
    }
}
