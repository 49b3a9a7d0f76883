package org.parley.shared.storage;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

/**
 * Whether an error means the database could not do its part (it cannot write, it closed, it is out of reach)
 * rather than a mistake in a request: such a request is answered 503 with Retry-After, since the same request
 * will work once the database does, and nothing of it was stored.
 */
public final class StorageFailure {

    /** Seconds a client is asked to wait before trying again. */
    public static final long RETRY_AFTER_SECONDS = 30;

    private StorageFailure() {
    }

    public static boolean is(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException || e instanceof PersistenceException || e instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }
}
