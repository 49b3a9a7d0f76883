package org.parley.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.comments.CommentQueueService;
import org.parley.comments.DailyCount;
import org.parley.comments.RuleHits;
import org.parley.filter.ruleset.FilterService;
import org.parley.moderation.ModerationService;

import io.quarkus.cache.CacheResult;

/**
 * The numbers behind the admins' dashboard: comments per day by the filter's decision, the queue and how long
 * held comments wait for a moderator, and each rule's hits and overturn rate. Computed from stored data on
 * demand and cached for a minute, so the dashboard costs the posting path nothing.
 */
@ApplicationScoped
public class StatsService {

    public static final int DAYS = 30;
    public static final int RECENT_DAYS = 7;

    /** One rule's record over the window: hits, recent hits, last hit, and how often moderators overturned it. */
    public record RuleRow(String rule, String description, boolean live, long hits, long recentHits, Instant lastHit,
            long overturns, double overturnRate) {

        /** The length of this rule's hits bar, out of 100, against the busiest rule's {@code max}. */
        public long hitsBar(long max) {
            return max <= 0 ? 0 : hits * 100 / max;
        }

        public long rateBar() {
            return Math.round(overturnRate * 100);
        }

        public String overturnPercent() {
            return hits == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", overturnRate * 100);
        }
    }

    /** Per day: how many held comments moderators decided, and the median wait. */
    public record DayWait(LocalDate day, long decided, Duration median) {
    }

    public record Overview(Instant computedAt, List<DailyCount> daily, CommentQueueService.Waiting waiting,
            List<DayWait> waits, List<RuleRow> rules) {
    }

    @Inject
    CommentQueueService comments;

    @Inject
    ModerationService moderation;

    @Inject
    FilterService filter;

    Clock clock = Clock.systemUTC();

    @CacheResult(cacheName = "admin-stats")
    public Overview overview() {
        Instant now = clock.instant();
        Instant since = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(DAYS - 1L).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
        return new Overview(now, comments.dailyDecisions(since), comments.waiting(), waits(since),
                rules(since, recent));
    }

    private List<DayWait> waits(Instant since) {
        Map<LocalDate, List<Duration>> byDay = new HashMap<>();
        for (ModerationService.DecisionWait w : moderation.decisionWaits(since)) {
            byDay.computeIfAbsent(w.decidedAt().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>())
                    .add(w.waited());
        }
        List<DayWait> waits = new ArrayList<>();
        byDay.forEach((day, list) -> {
            list.sort(Comparator.naturalOrder());
            waits.add(new DayWait(day, list.size(), list.get(list.size() / 2)));
        });
        waits.sort(Comparator.comparing(DayWait::day));
        return waits;
    }

    private List<RuleRow> rules(Instant since, Instant recent) {
        Map<String, RuleHits> hits = comments.ruleHits(since, recent);
        Map<String, Long> overturns = moderation.overturnsByRule(since);
        Map<String, String> live = filter.ruleDescriptions();
        Map<String, RuleRow> rows = new HashMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(live.keySet());
        names.addAll(hits.keySet());
        for (String name : names) {
            RuleHits h = hits.get(name);
            long n = h == null ? 0 : h.hits();
            long o = overturns.getOrDefault(name, 0L);
            rows.put(name, new RuleRow(name, live.getOrDefault(name, "(no longer in the rule set)"),
                    live.containsKey(name), n, h == null ? 0 : h.recentHits(), h == null ? null : h.lastHit(), o,
                    n == 0 ? 0 : Math.min(1.0, (double) o / n)));
        }
        return rows.values().stream()
                .sorted(Comparator.comparingLong(RuleRow::hits).reversed().thenComparing(RuleRow::rule)).toList();
    }
}
