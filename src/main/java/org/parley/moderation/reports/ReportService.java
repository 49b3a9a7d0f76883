package org.parley.moderation.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.ReportTally;
import org.parley.comments.ReviewComment;
import org.parley.moderation.ModerationSettings;
import org.parley.shared.RateLimiter;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.text.CleanText;

/**
 * Readers' reports on published comments: one per comment and client, limited per client, counted on the
 * comment. When the count reaches the threshold the comment goes to the moderators' "Reported" tab, is audited
 * as reported by "readers", and (if so configured) leaves the page until reviewed.
 */
@ApplicationScoped
public class ReportService {

    public static final int NOTE_MAX = 500;
    /** The actor of audit entries that readers' reports cause. */
    public static final String READERS = "readers";

    /** What became of a report. */
    public sealed interface Outcome {
    }

    /** Taken (or, when this client had reported the comment already, accepted without counting). */
    public record Accepted(long commentId, int reportCount) implements Outcome {
    }

    /** Not taken: messages per field ({@code reason}, {@code note}). */
    public record Invalid(Map<String, String> errors) implements Outcome {
    }

    /** Not taken: this client reported too often. */
    public record Limited(Duration retryAfter) implements Outcome {
        public String message(ReportMessages say) {
            return say.tooMany(Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        }
    }

    @Inject
    CommentQueueService comments;

    @Inject
    Language language;

    @Inject
    AuditService audit;

    @Inject
    RateLimiter limiter;

    @Inject
    ModerationSettings config;

    Clock clock = Clock.systemUTC();

    /** The published comment {@code commentId} of article {@code articleId}, for the report page; else 404. */
    @Transactional
    /** What readers reported about a comment: how many gave each reason, and their notes (newest few). */
    public record Reports(Map<ReportReason, Long> reasons, List<String> notes) {

        public static final Reports NONE = new Reports(Map.of(), List.of());

        /** How many readers gave each reason, in the reasons' order, for a card. */
        public List<Count> counts() {
            return reasons.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        }
    }

    /** One reason readers gave and how many gave it. */
    public record Count(ReportReason reason, long readers) {
    }

    static final int NOTES_SHOWN = 3;

    /** Readers' reports on each of these comments (comments without any are absent). */
    @jakarta.transaction.Transactional
    public Map<Long, Reports> reportsOn(java.util.Collection<Long> commentIds) {
        Map<Long, Map<ReportReason, Long>> reasons = new java.util.HashMap<>();
        Map<Long, List<String>> notes = new java.util.HashMap<>();
        for (CommentReport r : CommentReport.listFor(commentIds)) {
            reasons.computeIfAbsent(r.commentId, k -> new java.util.EnumMap<>(ReportReason.class))
                    .merge(r.reason, 1L, Long::sum);
            if (r.note != null && !r.note.isBlank()) {
                List<String> n = notes.computeIfAbsent(r.commentId, k -> new java.util.ArrayList<>());
                n.add(0, r.note);
                if (n.size() > NOTES_SHOWN) {
                    n.remove(n.size() - 1);
                }
            }
        }
        Map<Long, Reports> out = new java.util.HashMap<>();
        reasons.forEach((id, r) -> out.put(id, new Reports(r, notes.getOrDefault(id, List.of()))));
        return out;
    }

    public ReviewComment reportable(long commentId, long articleId) {
        ReviewComment c = comments.find(commentId);
        if (c.status() != org.parley.comments.CommentStatus.PUBLISHED || c.articleId() != articleId) {
            throw Refusal.notFound("There is no published comment " + commentId + " on this article.");
        }
        return c;
    }

    /**
     * Takes a reader's report on a published comment; {@code articleId}, when given, is the article the comment
     * must belong to (the page's address names it). 404 for any comment that is not published.
     */
    @Transactional
    public Outcome report(long commentId, Long articleId, String reason, String note, String clientKey) {
        Optional<Duration> wait = limiter.acquire("report-hour", clientKey, config.reportsPerHour(),
                Duration.ofHours(1));
        if (wait.isPresent()) {
            return new Limited(wait.get());
        }
        ReviewComment comment = comments.lockPublished(commentId);
        if (articleId != null && comment.articleId() != articleId) {
            throw Refusal.notFound("There is no published comment " + commentId + " on this article.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReportMessages say = language.messages(ReportMessages.class);
        ReportReason why = ReportReason.parse(reason);
        if (why == null) {
            errors.put("reason", say.chooseReason());
        }
        String cleanNote = null;
        if (note != null && !note.isBlank()) {
            CleanText.Result cleaned = CleanText.multiLine(note, "note", NOTE_MAX);
            if (cleaned.isValid()) {
                cleanNote = cleaned.value();
            } else {
                errors.put("note", cleaned.problem() == CleanText.Problem.NUL ? say.noteNul()
                        : say.noteTooLong(cleaned.found(), cleaned.limit()));
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        // The comment row is locked, so a client's second report cannot slip in beside the first.
        if (CommentReport.exists(commentId, clientKey)) {
            return new Accepted(commentId, comment.reportCount());
        }
        CommentReport r = new CommentReport();
        r.commentId = commentId;
        r.reason = why;
        r.note = cleanNote;
        r.clientHash = clientKey;
        r.createdAt = clock.instant();
        r.persist();
        ReportTally tally = comments.countReport(commentId, config.reportThreshold(), config.hideReported());
        if (tally.flagged()) {
            audit.recordAlone(new AuditService.Entry(READERS, AuditAction.REPORTED, commentId,
                    tally.comment().articleId(), tally.before().name(), tally.comment().status().name(), null,
                    details(tally)));
        }
        return new Accepted(commentId, tally.comment().reportCount());
    }

    private static String details(ReportTally tally) {
        String reasons = CommentReport.countByReason(tally.comment().id()).entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return tally.comment().reportCount() + " reader report(s): " + reasons
                + (tally.comment().status() != tally.before() ? "; hidden until a moderator reviews it" : "");
    }
}
