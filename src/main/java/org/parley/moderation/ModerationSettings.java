package org.parley.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.shared.settings.Settings;

/**
 * The moderation settings in force: an admin's override from the settings page, else {@link ModerationConfig}.
 * Read from memory on every report and comment, so a change applies to the next one without a restart.
 */
@ApplicationScoped
public class ModerationSettings {

    public static final String REPORT_THRESHOLD = "moderation.report-threshold";
    public static final String HIDE_REPORTED = "moderation.hide-reported";
    public static final String BAN_ACTION = "moderation.ban-action";
    public static final String AUTO_CLOSE_DAYS = "moderation.auto-close-days";
    public static final String REPORTS_PER_HOUR = "moderation.reports-per-hour";

    @Inject
    ModerationConfig config;

    @Inject
    Settings settings;

    public int reportThreshold() {
        return Math.max(1, settings.intValue(REPORT_THRESHOLD, config.reportThreshold()));
    }

    public boolean hideReported() {
        return settings.boolValue(HIDE_REPORTED, config.hideReported());
    }

    public ModerationConfig.BanAction banAction() {
        return settings.enumValue(BAN_ACTION, ModerationConfig.BanAction.class, config.banAction());
    }

    public int autoCloseDays() {
        return Math.max(0, settings.intValue(AUTO_CLOSE_DAYS, config.autoCloseDays()));
    }

    public int reportsPerHour() {
        return Math.max(1, settings.intValue(REPORTS_PER_HOUR, config.reportsPerHour()));
    }
}
