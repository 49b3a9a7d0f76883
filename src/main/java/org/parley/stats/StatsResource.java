package org.parley.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.parley.comments.DailyCount;
import org.parley.filter.Decision;
import org.parley.security.Roles;
import org.parley.shared.language.Language;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admins' dashboard: what the filter and the moderators did over the last 30 days, as charts and tables. */
@Path("/")
@RolesAllowed(Roles.ADMIN)
public class StatsResource {

    static final int TOP = 10;
    static final int MIN_HITS_FOR_RATE = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(StatsService.Overview stats,
                List<Chart> charts, List<StatsService.RuleRow> topByHits, List<StatsService.RuleRow> topByRate,
                long maxHits, int minHitsForRate);
    }

    @Inject
    StatsService stats;

    @Inject
    Language language;

    @GET
    @Path("admin/dashboard")
    @Produces(Pages.HTML)
    public TemplateInstance dashboard() {
        StatsService.Overview o = stats.overview();
        List<StatsService.RuleRow> byHits = o.rules().stream().filter(r -> r.hits() > 0).limit(TOP).toList();
        List<StatsService.RuleRow> byRate = o.rules().stream().filter(r -> r.hits() >= MIN_HITS_FOR_RATE)
                .sorted(java.util.Comparator.comparingDouble(StatsService.RuleRow::overturnRate).reversed())
                .limit(TOP).toList();
        long maxHits = byHits.isEmpty() ? 1 : byHits.get(0).hits();
        StatsMessages say = language.messages(StatsMessages.class);
        return Templates.dashboard(o, List.of(dailyChart(o, say), waitChart(o, say)), byHits, byRate, maxHits,
                MIN_HITS_FOR_RATE);
    }

    @GET
    @Path("api/admin/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public StatsService.Overview json() {
        return stats.overview();
    }

    private static List<LocalDate> days(StatsService.Overview o) {
        LocalDate last = o.computedAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (int i = StatsService.DAYS - 1; i >= 0; i--) {
            days.add(last.minusDays(i));
        }
        return days;
    }

    static Chart dailyChart(StatsService.Overview o, StatsMessages say) {
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern(say.dayPattern(), Locale.ENGLISH);
        List<Chart.Column> columns = new ArrayList<>();
        for (LocalDate day : days(o)) {
            long[] v = new long[3];
            for (DailyCount c : o.daily()) {
                if (c.day().equals(day)) {
                    v[c.decision() == Decision.PUBLISH ? 0 : c.decision() == Decision.HOLD ? 1 : 2] += c.count();
                }
            }
            columns.add(new Chart.Column(dayLabel.format(day), v));
        }
        return Chart.stacked(say.dailyTitle(), List.of(new Chart.Series("publish", say.publishedByFilter()),
                new Chart.Series("hold", say.heldForReview()), new Chart.Series("reject", say.rejectedByFilter())),
                columns, "");
    }

    static Chart waitChart(StatsService.Overview o, StatsMessages say) {
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern(say.dayPattern(), Locale.ENGLISH);
        List<Chart.Column> columns = new ArrayList<>();
        for (LocalDate day : days(o)) {
            long minutes = o.waits().stream().filter(w -> w.day().equals(day)).findFirst()
                    .map(w -> w.median().toMinutes()).orElse(0L);
            columns.add(new Chart.Column(dayLabel.format(day), new long[] {minutes}));
        }
        return Chart.stacked(say.waitTitle(), List.of(new Chart.Series("wait", say.medianMinutes())), columns, "");
    }
}
