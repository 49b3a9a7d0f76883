package org.parley.captcha;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The image captcha on the comment form and API. */
@ConfigMapping(prefix = "parley.captcha")
public interface CaptchaConfig {

    /**
     * {@code parley.captcha.enabled}: require a solved captcha with every comment. Turn off only for load
     * tests; a warning is logged at start. Default true.
     */
    @WithDefault("true")
    boolean enabled();

    /** {@code parley.captcha.ttl}: how long a challenge can be answered. Default 10 minutes. */
    @WithDefault("10M")
    Duration ttl();

    /** {@code parley.captcha.words}: how many words a challenge shows (2 or 3). Default 2. */
    @WithDefault("2")
    int words();
}
