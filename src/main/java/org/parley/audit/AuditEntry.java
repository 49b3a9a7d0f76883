package org.parley.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** One recorded action. Rows are only ever added: the trail is the history, undo included. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends IdentityEntity {

    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    @Column(name = "comment_id")
    public Long commentId;
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "before_state")
    public String beforeState;
    @Column(name = "after_state")
    public String afterState;
    public String reason;
    public String details;
    @Column(name = "batch_id")
    public String batchId;
    public String undoes;

    /** Newest first, optionally only one actor's, one action's or one comment's entries. */
    public static List<AuditEntry> search(String actor, AuditAction action, Long commentId, int pageIndex,
            int pageSize) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (actor != null) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (action != null) {
            where.add("action = :action");
            params.and("action", action);
        }
        if (commentId != null) {
            where.add("commentId = :commentId");
            params.and("commentId", commentId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        return find(query.strip(), params).page(Page.of(pageIndex, pageSize)).list();
    }

    public static List<AuditEntry> listForComment(long commentId) {
        return list("commentId = ?1 order by at, id", commentId);
    }

    /** The entries of these actions about these comments, newest first. */
    public static List<AuditEntry> listForComments(Collection<Long> commentIds, Collection<AuditAction> actions) {
        return list("commentId in ?1 and action in ?2 order by at desc, id desc", commentIds, actions);
    }

    public static List<AuditEntry> listBatch(String batchId) {
        return list("batchId = ?1 order by id", batchId);
    }

    /** The actor's latest batch of undoable actions since {@code since}, unless it was already undone. */
    public static List<AuditEntry> lastUndoableBatch(String actor, Instant since) {
        AuditEntry latest = find("actor = ?1 and at >= ?2 and action in ?3 order by at desc, id desc", actor, since,
                List.of(AuditAction.APPROVE, AuditAction.REMOVE, AuditAction.RESTORE)).firstResult();
        if (latest == null || count("undoes", latest.batchId) > 0) {
            return List.of();
        }
        return listBatch(latest.batchId);
    }
}
