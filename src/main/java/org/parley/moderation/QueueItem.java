package org.parley.moderation;

import java.time.Instant;
import java.util.List;

import org.parley.comments.CommentStatus;
import org.parley.comments.NameHistory;
import org.parley.comments.ReviewComment;
import org.parley.filter.Category;
import org.parley.filter.CategoryScores;
import org.parley.filter.Decision;
import org.parley.filter.Hit;
import org.parley.filter.PolicyOutcome;
import org.parley.filter.Verdict;
import org.parley.moderation.reports.ReportService;

/**
 * A comment in a moderation queue as the JSON API shows it: the comment, its article, the filter's verdict with
 * every hit (spans index the original text), readers' reports, the author's history and the size of its spam
 * wave ({@code similar}: other comments in the same state with near-identical text) and what readers reported.
 * {@code policies} says what the site's policies did to it, as the verdict does.
 */
public record QueueItem(long id, String article, String articleTitle, String userName, String text,
        CommentStatus status, Decision decision, int score, Category category, CategoryScores categories,
        List<Hit> hits, Long rulesetVersion, int reportCount, Instant reportedAt, Instant createdAt,
        Instant updatedAt, NameHistory history, long similar, String client, ReportService.Reports reports,
        List<PolicyOutcome> policies) {

    static QueueItem of(ReviewComment c, String slug, String title, NameHistory history, long similar,
            ReportService.Reports reports) {
        Verdict v = c.verdict();
        return new QueueItem(c.id(), slug, title, c.userName(), c.text(), c.status(), c.decision(), c.score(),
                c.category(), v == null ? null : v.categories(), v == null ? List.of() : v.hits(),
                v == null ? null : v.rulesetVersion(), c.reportCount(), c.reportedAt(), c.createdAt(),
                c.updatedAt(), history == null ? NameHistory.NONE : history, similar, c.client(),
                reports == null ? ReportService.Reports.NONE : reports, v == null ? List.of() : v.policies());
    }
}
