package org.parley.shared.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jboss.logging.Logger;
import org.parley.shared.ParleyConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Before anything is stored: the data dir must take writes, and the schema must be the one this version needs.
 * A data dir that cannot be written (a read-only volume, a full disk, another user's folder) ends the start
 * with a message naming it, instead of a ready app whose every post fails; only then does Flyway run, which is
 * why {@code quarkus.flyway.migrate-at-start} is off: an embedded database in such a folder fails in words
 * about files and locks, not about the folder.
 */
@ApplicationScoped
public class DataDir {

    private static final Logger LOG = Logger.getLogger(DataDir.class);

    @Inject
    ParleyConfig config;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    // First of all start-up work: every other observer may read or write the database.
    void prepare(@Observes @Priority(0) StartupEvent event) {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        String problem = unwritable(dir, 1);
        if (problem != null) {
            LOG.errorf("Parley cannot start: %s", problem);
            throw new IllegalStateException("Parley cannot start: " + problem);
        }
        migrateOnceReachable();
    }

    /**
     * Migrates the schema, first waiting up to {@code parley.database-wait} for a database that refuses
     * connections: a PostgreSQL started beside Parley (by compose, by systemd) may answer a little later.
     */
    private void migrateOnceReachable() {
        long deadline = System.nanoTime() + config.databaseWait().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                SQLException refused = connectionRefused(e);
                if (refused == null) {
                    throw e;
                }
                String where = address();
                boolean wrongKind = String.valueOf(refused.getMessage()).contains("does not support");
                if (refused.getSQLState() == null && wrongKind) {
                    String problem = "the database address " + where + " is not one for this build's database ("
                            + dbKind + "); set QUARKUS_DATASOURCE_JDBC_URL"
                            + ("postgresql".equals(dbKind) ? " to jdbc:postgresql://host:port/database" : "");
                    LOG.errorf("Parley cannot start: %s", problem);
                    throw new IllegalStateException("Parley cannot start: " + problem, e);
                }
                if (System.nanoTime() > deadline) {
                    String problem = "the database at " + where + " did not answer within " + config.databaseWait()
                            + ": " + refused.getMessage();
                    LOG.errorf("Parley cannot start: %s", problem);
                    throw new IllegalStateException("Parley cannot start: " + problem, e);
                }
                LOG.warnf("Waiting for the database at %s (attempt %d, trying again every second): %s", where,
                        attempt, refused.getMessage());
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    /** The cause that says no connection could be made (SQL state class 08, or no driver for the address). */
    private static SQLException connectionRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getSQLState() == null && sql.getErrorCode() == 0
                    || sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return sql;
            }
        }
        return null;
    }

    /** The database's address without its parameters, which may hold a password. */
    private String address() {
        String url = jdbcUrl.orElse("(none set)");
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /**
     * Null if a file of {@code bytes} can be created, written to disk and removed in {@code dir}; else what is
     * wrong.
     */
    public static String unwritable(Path dir, int bytes) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check-", "");
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                ByteBuffer data = ByteBuffer.allocate(bytes);
                while (data.hasRemaining()) {
                    channel.write(data);
                }
                channel.force(true);
            } finally {
                Files.deleteIfExists(probe);
            }
            return null;
        } catch (AccessDeniedException e) {
            return "the data dir " + dir + " is read-only for this user (set PARLEY_DATA_DIR to a folder it may"
                    + " write, or give it write access)";
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.toString() : e.getReason();
            return reason.contains("Read-only")
                    ? "the data dir " + dir + " is read-only (" + reason + "); mount it writable or set"
                            + " PARLEY_DATA_DIR to a writable folder"
                    : "the data dir " + dir + " cannot be written: " + reason;
        } catch (IOException e) {
            return "the data dir " + dir + " cannot be written: " + e.getMessage();
        }
    }
}
