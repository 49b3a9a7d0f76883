package org.parley.shared.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells the other nodes of a site what this one changed, so that what each keeps in memory (rendered article
 * pages, published comments, articles, ban lists) is forgotten everywhere within a second, not only here.
 *
 * <p>On PostgreSQL a change sends {@code NOTIFY} inside the transaction that makes it: PostgreSQL delivers it when
 * that transaction commits and never for one rolled back, so a node hears of a change exactly when the change can
 * be read. Each node listens on one connection of its own, outside the pool. When that connection is lost, what
 * changed meanwhile is unknown, so once it is back a {@link Resync} tells the features to forget all they keep.
 * An embedded H2 database is one node's alone (its file is locked), so there is nobody to tell.
 *
 * <p>Rules, thresholds and settings need none of this: every node reads their newest version every two seconds.
 */
@ApplicationScoped
public class ClusterNotices {

    static final String CHANNEL = "parley_changes";
    /** How long a lost listening connection waits before it tries again. */
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long one wait for notices lasts, so that a stop is noticed. */
    static final int WAIT_MILLIS = 1000;

    private static final Logger LOG = Logger.getLogger(ClusterNotices.class);

    /** What another node changed: a topic named by the feature that owns it, and a value of that feature's. */
    public record Notice(String topic, String value) {
    }

    /** Notices may have been missed: forget everything kept from the database. */
    public record Resync() {
    }

    /** This node, so that it does not act on its own notices: it has acted already. */
    private final String node = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EntityManager entities;

    @Inject
    Event<Notice> notices;

    @Inject
    Event<Resync> resyncs;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;

    /** Whether other nodes may share this database, and so must be told of changes. */
    public boolean shared() {
        return "postgresql".equals(dbKind);
    }

    /**
     * Tells the other nodes, when the current transaction commits, that {@code topic} changed as {@code value}
     * says. Must be called inside the transaction that makes the change.
     */
    public void publish(String topic, String value) {
        if (!shared()) {
            return;
        }
        entities.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                .setParameter(2, node + '|' + topic + '|' + value).getSingleResult();
    }

    // After the schema is migrated (DataDir, priority 0): the database is known to be there.
    void start(@Observes StartupEvent event) {
        if (!shared() || url.isEmpty()) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "parley-cluster-notices");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly(listening);
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    LOG.infof("listening for other nodes' changes again; forgetting what this node kept meanwhile");
                    resyncs.fire(new Resync());
                }
                first = false;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                first = false;
                LOG.warnf("lost the connection that hears other nodes' changes (%s); trying again in a second",
                        e.getMessage());
                LockSupport.parkNanos(RETRY_NANOS);
            } finally {
                listening = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        // TCP keep-alive, so that a database gone without a word is noticed and the listener reconnects.
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url.orElseThrow(), properties);
        if (connection == null) {
            throw new SQLException("the database address " + url.orElseThrow() + " is not PostgreSQL's");
        }
        connection.setAutoCommit(true);
        return connection;
    }

    /** Acts on another node's notice; a feature's failure to forget is logged and does not stop the listener. */
    void deliver(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        try {
            notices.fire(new Notice(parts[1], parts[2]));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not act on another node's change %s %s", parts[1], parts[2]);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("closing the listening connection: %s", e.getMessage());
        }
    }
}
