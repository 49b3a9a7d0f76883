package org.parley.shared.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether an error means the database could not do its part (it cannot write, it closed, it is out of reach)
 * rather than a mistake in a request: such a request is answered 503 with Retry-After, since the same request
 * will work once the database does, and nothing of it was stored.
 */
public final class StorageFailure {

    /** Seconds a client is asked to wait before trying again. */
    public static final long RETRY_AFTER_SECONDS = 30;

    /**
     * SQL states of a database that cannot serve: connection (08), insufficient resources such as a full disk
     * (53), operator intervention such as a shutdown (57), system errors (58).
     */
    private static final List<String> RESOURCE_STATES = List.of("08", "53", "57", "58");

    private StorageFailure() {
    }

    /**
     * A commit that failed, a connection that is gone, or the database's own disk or resources failing; not a
     * constraint, a concurrent change or a mistake in a query, which are bugs or conflicts and are answered as
     * such.
     */
    public static boolean is(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof RollbackException || e instanceof JDBCConnectionException || e instanceof IOException
                    || e instanceof SQLTransientException || e instanceof SQLRecoverableException
                    || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && RESOURCE_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
