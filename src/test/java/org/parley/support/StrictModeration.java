package org.parley.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Every moderation setting away from its default: two reports hide a comment, bans refuse, articles close after
 * 30 days, and readers may send three reports an hour (rate limits on, posting limits out of the way).
 */
public class StrictModeration implements QuarkusTestProfile {

    public static final int REPORTS_PER_HOUR = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "parley.moderation.report-threshold", "2",
                "parley.moderation.hide-reported", "true",
                "parley.moderation.ban-action", "REFUSE",
                "parley.moderation.auto-close-days", "30",
                "parley.moderation.reports-per-hour", String.valueOf(REPORTS_PER_HOUR),
                "parley.rate-limit.enabled", "true",
                "parley.rate-limit.comments-per-minute", "1000",
                "parley.rate-limit.comments-per-hour", "1000",
                "parley.rate-limit.captchas-per-minute", "1000");
    }
}
