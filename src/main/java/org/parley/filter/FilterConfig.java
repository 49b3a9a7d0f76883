package org.parley.filter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How scores become decisions, and how long a rule may take. */
@ConfigMapping(prefix = "parley.filter")
public interface FilterConfig {

    /** {@code parley.filter.hold-at}: a category score at or above this holds the comment for review. Default 5. */
    @WithDefault("5")
    int holdAt();

    /**
     * {@code parley.filter.reject-at}: a category score at or above this, from rules that are not weak, rejects
     * the comment. Default 10.
     */
    @WithDefault("10")
    int rejectAt();

    /**
     * {@code parley.filter.rule-budget-millis}: a rule that takes longer than this on one comment counts as
     * failed, and the comment is held for review. Default 200.
     */
    @WithDefault("200")
    long ruleBudgetMillis();
}
