package org.parley.audit;

import java.time.Instant;

/** An audit entry as the API and the audit page show it. */
public record AuditView(long id, Instant at, String actor, AuditAction action, Long commentId, Long articleId,
        String before, String after, String reason, String details, String batch, String undoes) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.actor, e.action, e.commentId, e.articleId, e.beforeState, e.afterState,
                e.reason, e.details, e.batchId, e.undoes);
    }
}
