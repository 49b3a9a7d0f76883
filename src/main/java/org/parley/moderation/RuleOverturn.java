package org.parley.moderation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

/** A moderator's decision against the filter, once per rule that fired on the comment. */
@Entity
@Table(name = "rule_overturn")
public class RuleOverturn extends IdentityEntity {

    /** Which way the filter was overturned. */
    public enum Kind {
        /** The filter held or rejected it; a moderator published it. */
        RELEASED,
        /** The filter published it; a moderator removed it. */
        REMOVED_PUBLISHED
    }

    @Column(name = "rule_name")
    public String ruleName;
    @Column(name = "comment_id")
    public long commentId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String actor;
    public Instant at;
    @Column(name = "batch_id")
    public String batchId;

    /** Per rule and kind, how many overturns since {@code since}. */
    public static List<Object[]> countByRule(Instant since) {
        return getEntityManager().createQuery("select o.ruleName, o.kind, count(o) from RuleOverturn o"
                + " where o.at >= :since group by o.ruleName, o.kind", Object[].class)
                .setParameter("since", since).getResultList();
    }

    /** Undone decisions take their overturns with them: the statistics follow the decisions that stand. */
    public static long deleteBatch(String batchId) {
        return delete("batchId", batchId);
    }
}
