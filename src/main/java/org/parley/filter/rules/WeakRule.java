package org.parley.filter.rules;

import org.parley.filter.Rule;

/**
 * A rule whose signal is a hint, not a finding (relevance, shouting, repetition, keyboard mash): it can hold a
 * comment for a look but never reject it on its own.
 */
interface WeakRule extends Rule {

    @Override
    default boolean weak() {
        return true;
    }
}
