package org.parley.moderation.modes;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.articles.CommentWindow;
import org.parley.moderation.ModerationSettings;

/** Hands the auto-close setting (as an admin last set it) to the articles, which decide from it whether an article still takes comments. */
@ApplicationScoped
public class AutoClose implements CommentWindow {

    @Inject
    ModerationSettings config;

    @Override
    public Duration closeAfter() {
        return Duration.ofDays(Math.max(0, config.autoCloseDays()));
    }
}
