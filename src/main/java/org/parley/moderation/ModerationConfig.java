package org.parley.moderation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How readers' reports, bans and article modes behave. */
@ConfigMapping(prefix = "parley.moderation")
public interface ModerationConfig {

    /** What happens to a submission from a banned user name or client. */
    enum BanAction {
        /** Stored and held for a moderator (the filter's verdict is kept). */
        HOLD,
        /** Not stored; the poster is told only that it could not be accepted. */
        REFUSE
    }

    /**
     * {@code parley.moderation.report-threshold}: readers' reports (one per client) that put a comment on the
     * moderators' "Reported" tab; every further as many bring it back after a review. Default 3.
     */
    @WithDefault("3")
    int reportThreshold();

    /**
     * {@code parley.moderation.hide-reported}: take a comment off the page (back to pending) when it reaches the
     * report threshold, until a moderator has looked at it. Default false: it stays up meanwhile.
     */
    @WithDefault("false")
    boolean hideReported();

    /** {@code parley.moderation.ban-action}: {@code HOLD} or {@code REFUSE} banned submissions. Default HOLD. */
    @WithDefault("HOLD")
    BanAction banAction();

    /**
     * {@code parley.moderation.auto-close-days}: articles take comments for this many days after publication,
     * then close. Default 0: never (the demo articles are from 2020).
     */
    @WithDefault("0")
    int autoCloseDays();

    /** {@code parley.moderation.reports-per-hour}: reports one client may send in an hour. Default 20. */
    @WithDefault("20")
    int reportsPerHour();
}
