package org.parley.filter;

/**
 * The matching code of one rule type. Implementations are immutable and thread-safe: one compiled instance
 * serves every request until the rule set is replaced.
 */
public interface Rule {

    /** Reports each stretch of the submission that this rule matches. */
    void match(Inspection input, Matches matches);

    /**
     * A weak rule (relevance, shouting) can hold a comment for review but never reject it on its own: its
     * score counts towards holding, and rejecting needs enough score from rules that are not weak.
     */
    default boolean weak() {
        return false;
    }

    /** Receives matches as spans (end exclusive) of the original text of one field. */
    interface Matches {

        void add(Field field, int start, int end);

        default void add(int start, int end) {
            add(Field.TEXT, start, end);
        }
    }
}
