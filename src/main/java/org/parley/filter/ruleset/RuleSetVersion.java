package org.parley.filter.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

/**
 * One version of the whole rule set, as it was put in force: who, when, why, and a snapshot in the rule-pack
 * format (rules in order and thresholds). Versions are appended, never changed; the newest one is in force.
 */
@Entity
@Table(name = "rule_set_version")
public class RuleSetVersion extends IdentityEntity {

    @Column(name = "created_at")
    public Instant createdAt;
    public String actor;
    public String note;
    @Column(length = 10_000_000)
    public String snapshot;

    /** A version without its snapshot, for listings. */
    public record Summary(long id, Instant createdAt, String actor, String note) {
    }

    public Summary summary() {
        return new Summary(id, createdAt, actor, note);
    }

    /** Newest first, without the snapshots. */
    public static List<Summary> summaries() {
        return getEntityManager()
                .createQuery("select v.id, v.createdAt, v.actor, v.note from RuleSetVersion v order by v.id desc",
                        Object[].class)
                .getResultStream()
                .map(r -> new Summary((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** The id of the newest version, 0 when there is none. */
    public static long latestId() {
        Long id = getEntityManager().createQuery("select max(v.id) from RuleSetVersion v", Long.class)
                .getSingleResult();
        return id == null ? 0 : id;
    }

    public static Optional<RuleSetVersion> latest() {
        long id = latestId();
        return id == 0 ? Optional.empty() : findByIdOptional(id);
    }

    /**
     * The newest version, locked until the transaction ends: changes of the rule set take turns on it, so that
     * each is made on top of the one before, also across nodes sharing the database.
     */
    public static Optional<RuleSetVersion> latestForChange() {
        long id = latestId();
        if (id == 0) {
            return Optional.empty();
        }
        Optional<RuleSetVersion> locked = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        // Whoever held the lock before us may have added a newer version meanwhile: build on that one.
        return latestId() == id ? locked : latestForChange();
    }
}
