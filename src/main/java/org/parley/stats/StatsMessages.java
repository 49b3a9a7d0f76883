package org.parley.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the admins' statistics page says. In Chinese in {@link StatsMessagesChinese}; templates read them as {@code
 * stats:}.
 */
@MessageBundle("stats")
public interface StatsMessages {

    @Message("Statistics")
    String statistics();

    @Message("of the last 30 days")
    String lastDays();

    @Message("Figures as of")
    String figuresAsOf();

    @Message(", refreshed every minute.")
    String refreshed();

    @Message("The queue now")
    String queueNow();

    @Message("{n} held for review now")
    String heldNow(long n);

    @Message("oldest waiting since")
    String oldestSince();

    @Message("nobody is waiting")
    String nobodyWaiting();

    @Message("Comments per day by the filter's decision")
    String dailyTitle();

    @Message("How long held comments waited for a moderator")
    String waitTitle();

    @Message("published by the filter")
    String publishedByFilter();

    @Message("held for review")
    String heldForReview();

    @Message("rejected by the filter")
    String rejectedByFilter();

    @Message("minutes (median)")
    String medianMinutes();

    /** How a day under a chart's column is written (a java.time pattern). */
    @Message("d MMM")
    String dayPattern();

    @Message("Rules that fire most")
    String rulesMost();

    @Message("No rule fired in this period.")
    String noRuleFired();

    @Message("Rule")
    String rule();

    @Message("Hits")
    String hits();

    @Message("Last 7 days")
    String last7();

    @Message("Last hit")
    String lastHit();

    @Message("Overturned")
    String overturned();

    @Message("(removed)")
    String removed();

    @Message("Rules moderators overturn most")
    String rulesOverturned();

    @Message("Share of a rule's hits on comments where a moderator decided against the filter (rules"
            + " with at least {min} hits).")
    String overturnHint(int min);

    @Message("Not enough decisions yet.")
    String notEnough();

    @Message("Overturn rate")
    String overturnRate();
}
