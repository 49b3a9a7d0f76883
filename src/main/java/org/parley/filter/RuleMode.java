package org.parley.filter;

/** ENFORCE rules count towards the decision; OBSERVE rules are only recorded, to try a rule on live traffic. */
public enum RuleMode {
    ENFORCE,
    OBSERVE
}
