package org.parley.filter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How scores become decisions. */
@ConfigMapping(prefix = "parley.filter")
public interface FilterConfig {

    /** {@code parley.filter.hold-at}: a category score at or above this holds the comment for review. Default 5. */
    @WithDefault("5")
    int holdAt();

    /** {@code parley.filter.reject-at}: a category score at or above this rejects the comment. Default 10. */
    @WithDefault("10")
    int rejectAt();
}
