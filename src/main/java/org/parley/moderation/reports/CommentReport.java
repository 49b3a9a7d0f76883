package org.parley.moderation.reports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

/** One reader's report on one comment; a client can report a comment once. */
@Entity
@Table(name = "comment_report")
public class CommentReport extends IdentityEntity {

    @Column(name = "comment_id")
    public long commentId;
    @Enumerated(EnumType.STRING)
    public ReportReason reason;
    public String note;
    @Column(name = "client_hash")
    public String clientHash;
    @Column(name = "created_at")
    public Instant createdAt;

    public static boolean exists(long commentId, String clientHash) {
        return count("commentId = ?1 and clientHash = ?2", commentId, clientHash) > 0;
    }

    /** The reports on these comments, oldest first: what readers said about each. */
    public static List<CommentReport> listFor(java.util.Collection<Long> commentIds) {
        return commentIds.isEmpty() ? List.of()
                : list("commentId in ?1 order by createdAt, id", java.util.Set.copyOf(commentIds));
    }

    /** How many reports of each reason a comment has. */
    public static Map<ReportReason, Long> countByReason(long commentId) {
        Map<ReportReason, Long> counts = new EnumMap<>(ReportReason.class);
        for (Object[] row : getEntityManager().createQuery("select r.reason, count(r) from CommentReport r"
                + " where r.commentId = :id group by r.reason", Object[].class)
                .setParameter("id", commentId).getResultList()) {
            counts.put((ReportReason) row[0], (Long) row[1]);
        }
        return counts;
    }
}
