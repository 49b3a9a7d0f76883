package org.parley.shared.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Nodes started together on an empty PostgreSQL (compose starts them at once) would each find no admin, no
 * rule set and no articles, and each make them: two first rule-set versions, every demo article twice. So the
 * start-up work that makes what a new site needs, everything observing {@link StartupEvent} between
 * {@link #TAKEN} and {@link #RELEASED}, runs under one advisory lock of the database: a second node waits, then
 * finds what the first one made. An embedded H2 database has one node, and no lock is needed.
 */
@ApplicationScoped
public class FirstStartLock {

    /** Start-up priority at which the lock is taken: after the schema is migrated, before anything is seeded. */
    public static final int TAKEN = 5;
    /** Start-up priority at which it is given back, after the last start-up work that writes. */
    public static final int RELEASED = 1000;

    private static final Logger LOG = Logger.getLogger(FirstStartLock.class);
    // Any number of our own; "Parley" in ASCII, so that it reads as ours in pg_locks.
    private static final long KEY = 0x5061726c6579L;

    @Inject
    DataSource db;

    @Inject
    ClusterNotices cluster;

    // The lock belongs to this connection's session: it is held until released here or the connection ends.
    private Connection holder;

    void take(@Observes @Priority(TAKEN) StartupEvent event) throws SQLException {
        if (!cluster.shared()) {
            return;
        }
        holder = db.getConnection();
        holder.setAutoCommit(true);
        if (!tryLock()) {
            LOG.info("Another node is starting on the same database; waiting until it has set up what a new site "
                    + "needs");
            run("SELECT pg_advisory_lock(?)");
        }
    }

    void release(@Observes @Priority(RELEASED) StartupEvent event) throws SQLException {
        if (holder == null) {
            return;
        }
        try (Connection c = holder) {
            run("SELECT pg_advisory_unlock(?)");
        } finally {
            holder = null;
        }
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement statement = holder.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void run(String sql) throws SQLException {
        try (PreparedStatement statement = holder.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
