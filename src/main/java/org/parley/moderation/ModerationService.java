package org.parley.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditEntry;
import org.parley.audit.AuditService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.comments.ReviewComment;
import org.parley.comments.StatusChange;
import org.parley.filter.Decision;
import org.parley.filter.Hit;
import org.parley.filter.Policy;
import org.parley.filter.PolicyOutcome;
import org.parley.filter.RuleMode;
import org.parley.shared.Refusal;

/**
 * What moderators do to comments: approve, remove, restore, one at a time or in bulk, and undo. Every change is
 * audited in the same transaction, and a decision against the filter is recorded against the rules that fired.
 * A bulk action is all-or-nothing in storage, but comments that cannot take the action (already published,
 * say) are skipped and named rather than failing the rest.
 */
@ApplicationScoped
public class ModerationService {

    /** How long a moderator can take back their last action. */
    public static final Duration UNDO_WINDOW = Duration.ofSeconds(10);
    /** How many comments one bulk action may touch. */
    public static final int MAX_BULK = 1000;
    static final String REPORTS_REVIEWED = "REPORTS_REVIEWED";

    /** What a comment action asks for. */
    public enum Action {
        APPROVE, REMOVE, RESTORE;

        AuditAction audited() {
            return AuditAction.valueOf(name());
        }

        public static Action parse(String value) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return a;
                }
            }
            throw Refusal.invalid("action must be approve, remove or restore", "action");
        }
    }

    /** The outcome of an action: the comments it changed (new state) and, per skipped comment, why. */
    public record Outcome(String batch, List<ReviewComment> changed, List<Skipped> skipped) {
    }

    public record Skipped(long id, String reason) {
    }

    /** The outcome of an undo: which comments went back, and which had moved on since and were left alone. */
    public record UndoOutcome(String undone, List<Long> reverted, List<Long> leftAlone) {
    }

    @Inject
    CommentQueueService comments;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Outcome apply(String actor, Action action, Collection<Long> ids, RemoveReason reason, String note,
            String details) {
        Set<Long> unique = new LinkedHashSet<>(ids);
        if (unique.isEmpty()) {
            throw Refusal.invalid("Choose at least one comment.", "ids");
        }
        if (unique.size() > MAX_BULK) {
            throw Refusal.invalid("At most " + MAX_BULK + " comments at once.", "ids");
        }
        String batch = audit.newBatch();
        List<ReviewComment> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (long id : unique) {
            try {
                changed.add(applyOne(actor, action, id, reason, note, details, batch));
            } catch (Refusal e) {
                // A single action reports its conflict (409, 404) as it is; a bulk one carries on.
                if (unique.size() == 1) {
                    throw e;
                }
                skipped.add(new Skipped(id, e.getMessage()));
            }
        }
        return new Outcome(batch, changed, skipped);
    }

    private ReviewComment applyOne(String actor, Action action, long id, RemoveReason reason, String note,
            String details, String batch) {
        StatusChange change = switch (action) {
            case APPROVE -> approveOne(id);
            case REMOVE -> comments.move(id, CommentStatus.REMOVED);
            case RESTORE -> restoreOne(id);
        };
        ReviewComment c = change.comment();
        String recordedReason = action == Action.REMOVE ? (reason == null ? RemoveReason.OTHER : reason).name()
                : change.reportsCleared() ? REPORTS_REVIEWED : null;
        List<String> said = new ArrayList<>();
        if (change.reportsCleared()) {
            said.add(c.reportCount() + " reader report(s) reviewed");
        }
        if (note != null && !note.isBlank()) {
            said.add("note: " + note.strip());
        }
        if (details != null) {
            said.add(details);
        }
        audit.record(batch, new AuditService.Entry(actor, action.audited(), c.id(), c.articleId(),
                change.before().name(), c.status().name(), recordedReason, String.join("; ", said)));
        recordOverturn(actor, batch, change);
        return c;
    }

    private StatusChange approveOne(long id) {
        ReviewComment c = comments.find(id);
        if (c.status() == CommentStatus.PUBLISHED) {
            return comments.dismissReports(id);
        }
        if (c.status() == CommentStatus.REMOVED) {
            throw Refusal.conflict("Comment " + id + " was removed by a moderator; restore it instead.",
                    "status");
        }
        return comments.move(id, CommentStatus.PUBLISHED);
    }

    private StatusChange restoreOne(long id) {
        ReviewComment c = comments.find(id);
        if (c.status() != CommentStatus.REMOVED && c.status() != CommentStatus.REJECTED) {
            throw Refusal.conflict("Only removed or rejected comments can be restored; comment " + id
                    + " is " + c.status().name().toLowerCase(java.util.Locale.ROOT) + ".", "status");
        }
        return comments.move(id, CommentStatus.PUBLISHED);
    }

    private void recordOverturn(String actor, String batch, StatusChange change) {
        ReviewComment c = change.comment();
        if (c.verdict() == null || change.before() == change.after()) {
            return;
        }
        RuleOverturn.Kind kind;
        if (c.status() == CommentStatus.PUBLISHED && c.decision() != Decision.PUBLISH) {
            kind = RuleOverturn.Kind.RELEASED;
        } else if (c.status() == CommentStatus.REMOVED && c.decision() == Decision.PUBLISH
                && change.before() == CommentStatus.PUBLISHED) {
            kind = RuleOverturn.Kind.REMOVED_PUBLISHED;
        } else {
            return;
        }
        Set<String> rules = new LinkedHashSet<>();
        Set<Policy> deciding = new HashSet<>();
        c.verdict().policies().stream().filter(PolicyOutcome::decided).forEach(p -> deciding.add(p.policy()));
        for (Hit hit : c.verdict().hits()) {
            // A release overturns the rules that pushed towards holding (a rule under a policy pushed only if its
            // policy decided); a removal of a published comment counts against every rule that saw it,
            // observe-only ones included.
            boolean pushed = hit.policy() != null ? deciding.contains(hit.policy()) : hit.score() > 0;
            if (kind == RuleOverturn.Kind.REMOVED_PUBLISHED || (hit.mode() == RuleMode.ENFORCE && pushed)) {
                rules.add(hit.rule());
            }
        }
        for (String rule : rules) {
            RuleOverturn o = new RuleOverturn();
            o.ruleName = rule;
            o.commentId = c.id();
            o.kind = kind;
            o.actor = actor;
            o.at = clock.instant();
            o.batchId = batch;
            o.persist();
        }
    }

    /** Takes back the actor's last action if it is at most {@link #UNDO_WINDOW} old. */
    @Transactional
    public UndoOutcome undo(String actor) {
        List<AuditEntry> batch = AuditEntry.lastUndoableBatch(actor, clock.instant().minus(UNDO_WINDOW));
        if (batch.isEmpty()) {
            throw Refusal.conflict("There is nothing to undo: undo works for "
                    + UNDO_WINDOW.toSeconds() + " seconds after an action.", null);
        }
        String undone = batch.get(0).batchId;
        String undoBatch = audit.newBatch();
        List<Long> reverted = new ArrayList<>();
        List<Long> leftAlone = new ArrayList<>();
        for (AuditEntry e : batch) {
            CommentStatus now = CommentStatus.valueOf(e.afterState);
            CommentStatus back = CommentStatus.valueOf(e.beforeState);
            boolean reopen = REPORTS_REVIEWED.equals(e.reason);
            if (comments.revert(e.commentId, now, back, reopen)) {
                reverted.add(e.commentId);
                audit.record(undoBatch, undone, new AuditService.Entry(actor, AuditAction.UNDO, e.commentId,
                        e.articleId, e.afterState, e.beforeState, null, "undid " + e.action.name().toLowerCase(
                                java.util.Locale.ROOT)));
            } else {
                leftAlone.add(e.commentId);
            }
        }
        RuleOverturn.deleteBatch(undone);
        return new UndoOutcome(undone, reverted, leftAlone);
    }

    /** Per rule, how many decisions since {@code since} went against the filter on comments it fired on. */
    @Transactional
    public Map<String, Long> overturnsByRule(Instant since) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : RuleOverturn.countByRule(since)) {
            counts.merge((String) row[0], (Long) row[2], Long::sum);
        }
        return counts;
    }

    /** A moderator's first decision on a held or rejected comment, and how long the comment had waited for it. */
    public record DecisionWait(Instant decidedAt, Duration waited) {
    }

    /** How long held comments waited for a moderator, for decisions made since {@code since}. */
    @Transactional
    public List<DecisionWait> decisionWaits(Instant since) {
        List<AuditEntry> decisions = AuditEntry.list("at >= ?1 and action in ?2 and beforeState in ?3 order by at",
                since, List.of(AuditAction.APPROVE, AuditAction.REMOVE),
                List.of(CommentStatus.PENDING.name(), CommentStatus.REJECTED.name()));
        Map<Long, Instant> arrived = comments.arrivals(decisions.stream().map(e -> e.commentId).toList());
        List<DecisionWait> waits = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (AuditEntry e : decisions) {
            Instant at = arrived.get(e.commentId);
            if (at != null && seen.add(e.commentId)) {
                waits.add(new DecisionWait(e.at, Duration.between(at, e.at)));
            }
        }
        return waits;
    }

    /** The ids of every comment by {@code userName} that is visible, held or rejected. */
    public List<Long> everythingBy(String userName) {
        return comments.idsByUserName(userName,
                List.of(CommentStatus.PUBLISHED, CommentStatus.PENDING, CommentStatus.REJECTED));
    }
}
