package org.parley.filter;

/** The kinds of rule the engine knows; each has one matcher class in {@code org.parley.filter.rules}. */
public enum RuleType {
    /** Words and phrases (whole word, prefix or substring), with exceptions. */
    TERMS,
    /** An RE2 regular expression. */
    REGEX,
    /** Links: how many, through shorteners, to denied domains. */
    LINKS,
    /** Phone numbers, e-mail addresses, handles, money, crypto wallets. */
    CONTACT,
    /** Mostly capital letters. */
    SHOUTING,
    /** Runs of one character or word, keyboard mash. */
    REPETITION,
    /** Keyboard mash told from words by letter statistics. */
    GIBBERISH,
    /** Little in common with the article. */
    RELEVANCE,
    /** The same text many times in a short while. */
    DUPLICATE,
    /** A condition over other rules' matches. */
    COMBINATION,
    /** What a comment says of a group: a group mention and a predicate about it in one clause. */
    STATEMENT
}
