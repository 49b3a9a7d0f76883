package org.parley.shared.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.parley.shared.ParleyConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ready means able to take comments, so readiness writes: it rewrites one row and commits, and writes a small
 * file to the data dir's disk. It also hears of every comment the database failed to store: an embedded
 * database on a full disk can still fit one small row in its file while a comment fails. A node whose disk is
 * full, whose volume went read-only or whose database refuses writes answers DOWN with the reason, and UP again
 * by itself, with no restart, once a comment is stored or the probes pass a while after the last failure. A
 * connection check alone said UP through all of that. An answer is reused for {@link #REUSE_FOR}, so a balancer
 * that asks often does not write often.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    static final String NAME = "Database writes";
    static final Duration REUSE_FOR = Duration.ofSeconds(2);
    /** Enough to fail on a disk too full for the database's next write, small enough to write every probe. */
    static final int PROBE_FILE_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(StorageReadiness.class);

    @Inject
    EntityManager entities;

    @Inject
    ParleyConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private volatile Clock clock = Clock.systemUTC();

    private record Probe(Instant at, String problem) {
    }

    /** The last comment the database failed to store, while none has been stored since. */
    private record Failure(Instant at, String problem) {
    }

    private volatile Probe last;
    private volatile Failure failure;

    /** For tests: the time that decides when an answer is stale. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** A write of the application failed for want of storage: not ready until one succeeds or probes pass. */
    public void writeFailed(Throwable error) {
        failure = new Failure(clock.instant(), "the database could not store a comment: " + rootMessage(error));
        last = null;
    }

    public void writeSucceeded() {
        if (failure != null) {
            failure = null;
            last = null;
        }
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = last;
        Instant now = clock.instant();
        if (probe == null || !now.isBefore(probe.at().plus(REUSE_FOR))) {
            Probe previous = probe;
            probe = new Probe(now, problem(now));
            if (probe.problem() != null && (previous == null || previous.problem() == null)) {
                LOG.errorf("not ready: %s", probe.problem());
            } else if (probe.problem() == null && previous != null && previous.problem() != null) {
                LOG.info("ready again: the database writes");
            }
            last = probe;
        }
        // The kind, never the address: the answer is public, and says which database the probe wrote to.
        return probe.problem() == null ? HealthCheckResponse.named(NAME).up().withData("database", dbKind).build()
                : HealthCheckResponse.named(NAME).down().withData("database", dbKind)
                        .withData("reason", probe.problem()).build();
    }

    private String problem(Instant now) {
        String probes = probe(now);
        Failure failed = failure;
        if (failed == null) {
            return probes;
        }
        // A failure is forgotten once probes pass as long after it as readers are asked to wait, so that a node
        // taken out of a balancer's rotation (and sent no more comments) comes back by itself.
        if (probes == null && !now.isBefore(failed.at().plusSeconds(StorageFailure.RETRY_AFTER_SECONDS))) {
            failure = null;
            return null;
        }
        return probes != null ? probes : failed.problem();
    }

    /** Null if a row and a file could be written; else what stood in the way, in words an operator can act on. */
    private String probe(Instant now) {
        String disk = DataDir.unwritable(config.dataDir().toAbsolutePath().normalize(), PROBE_FILE_BYTES);
        if (disk != null) {
            return disk;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> entities
                    .createNativeQuery("UPDATE health_probe SET probed_at = ?1 WHERE id = 1")
                    .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate());
            return null;
        } catch (RuntimeException e) {
            return "the database cannot write: " + rootMessage(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Driver messages carry the SQL and stack hints over several lines; the first says what happened.
        int line = message.indexOf('\n');
        return line > 0 ? message.substring(0, line) : message;
    }
}
