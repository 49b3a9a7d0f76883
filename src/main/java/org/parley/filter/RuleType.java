package org.parley.filter;

/** The kinds of rule the engine knows; each has one matcher class in {@code org.parley.filter.rules}. */
public enum RuleType {
    /** A list of words and phrases. */
    TERMS,
    /** Links in the text. */
    LINKS
}
