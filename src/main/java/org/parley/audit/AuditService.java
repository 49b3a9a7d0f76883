package org.parley.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The audit trail: who did what, when, to what, with the state before and after and the reason. Callers record
 * inside their own transaction, so an action and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditService {

    public static final int PAGE_SIZE = 100;
    private static final Set<AuditAction> MOVES = EnumSet.of(AuditAction.APPROVE, AuditAction.REMOVE,
            AuditAction.RESTORE, AuditAction.UNDO);

    Clock clock = Clock.systemUTC();

    /** A fresh batch id, shared by the entries of one (possibly bulk) action. */
    public String newBatch() {
        return UUID.randomUUID().toString();
    }

    /** What an entry says; {@code commentId}, {@code articleId}, states and reason may be null. */
    public record Entry(String actor, AuditAction action, Long commentId, Long articleId, String before,
            String after, String reason, String details) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditView record(String batch, Entry entry) {
        return record(batch, null, entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditView record(String batch, String undoes, Entry entry) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = entry.actor();
        e.action = entry.action();
        e.commentId = entry.commentId();
        e.articleId = entry.articleId();
        e.beforeState = entry.before();
        e.afterState = entry.after();
        e.reason = entry.reason();
        e.details = entry.details() == null ? "" : truncate(entry.details(), 4000);
        e.batchId = batch;
        e.undoes = undoes;
        e.persist();
        return AuditView.of(e);
    }

    /** Records one entry in its own batch, in a transaction of its own if there is none. */
    @Transactional
    public AuditView recordAlone(Entry entry) {
        return record(newBatch(), entry);
    }

    @Transactional
    public List<AuditView> search(String actor, AuditAction action, Long commentId, int page) {
        return AuditEntry.search(blankToNull(actor), action, commentId, Math.max(0, page), PAGE_SIZE).stream()
                .map(AuditView::of).toList();
    }

    @Transactional
    public List<AuditView> historyOf(long commentId) {
        return AuditEntry.listForComment(commentId).stream().map(AuditView::of).toList();
    }

    /** The latest entry about each of these comments that put it where it is (approve, remove, restore, undo). */
    @Transactional
    public Map<Long, AuditView> lastMoves(Collection<Long> commentIds) {
        Map<Long, AuditView> last = new HashMap<>();
        if (commentIds.isEmpty()) {
            return last;
        }
        for (AuditEntry e : AuditEntry.listForComments(commentIds, MOVES)) {
            last.putIfAbsent(e.commentId, AuditView.of(e));
        }
        return last;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
