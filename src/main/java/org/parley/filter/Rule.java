package org.parley.filter;

import java.util.List;

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

    /**
     * One labelled piece of a match made of several (a statement's group and what it says of it), as a span
     * (end exclusive) of the original text in UTF-16 units.
     */
    record Part(String role, int start, int end) {

        /** The group a statement is about: "Kurds" in "Kurds are all vermin". */
        public static final String GROUP = "group";
        /** What a statement says of its group: "vermin". */
        public static final String PREDICATE = "predicate";

        public Part {
            if (role == null || role.isBlank()) {
                throw new IllegalArgumentException("a part needs a role");
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a part needs 0 <= start <= end, not " + start + ".." + end);
            }
        }
    }

    /** Receives matches as spans (end exclusive) of the original text of one field. */
    interface Matches {

        void add(Field field, int start, int end);

        default void add(int start, int end) {
            add(Field.TEXT, start, end);
        }

        /**
         * One match made of labelled parts, which together are one finding (one hit) rather than one each. A
         * receiver that knows no parts gets each part as a match of its own.
         */
        default void add(Field field, List<Part> parts) {
            for (Part p : parts) {
                add(field, p.start(), p.end());
            }
        }
    }
}
