package org.parley.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client limits on costly or abusable actions (posting, captchas). */
@ConfigMapping(prefix = "parley.rate-limit")
public interface RateLimitConfig {

    /** {@code parley.rate-limit.enabled}: turn the limits off for load tests only. Default true. */
    @WithDefault("true")
    boolean enabled();

    /** {@code parley.rate-limit.comments-per-minute}: comments one client may post in a minute. Default 5. */
    @WithDefault("5")
    int commentsPerMinute();

    /** {@code parley.rate-limit.comments-per-hour}: comments one client may post in an hour. Default 30. */
    @WithDefault("30")
    int commentsPerHour();

    /** {@code parley.rate-limit.captchas-per-minute}: captcha challenges one client may request a minute. Default 30. */
    @WithDefault("30")
    int captchasPerMinute();
}
