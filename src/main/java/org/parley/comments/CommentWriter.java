package org.parley.comments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.parley.shared.storage.ClusterNotices;
import org.parley.shared.storage.StorageReadiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Stores new comments with group commit: one thread takes whatever comments are waiting and commits them in
 * one transaction, then answers each caller. A commit is the expensive part of storing a comment (the
 * database writes its file), so sharing it keeps throughput high while every caller still hears "stored" only
 * after its comment is committed.
 */
@ApplicationScoped
class CommentWriter {

    private static final Logger LOG = Logger.getLogger(CommentWriter.class);
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 30;
    private static final long LOG_FAILURES_EVERY_NANOS = 60_000_000_000L;

    private record Pending(Comment comment, CompletableFuture<Comment> done) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    /** Read and written by the writer thread only. */
    private long lastFailureLogged;
    private Thread thread;

    @Inject
    Event<CommentsChanged> changed;

    @Inject
    ClusterNotices cluster;

    @Inject
    @Readiness
    StorageReadiness readiness;

    // Before anything that stores comments at start (demo content).
    void start(@Observes @Priority(1) StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "parley-comment-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }

    /**
     * Stores the comment and returns once it is committed (with its id), or throws {@link NotStored} if it
     * could not be: the caller tells the reader to send it again, and keeps what they wrote.
     */
    Comment write(Comment comment) {
        CompletableFuture<Comment> done = new CompletableFuture<>();
        try {
            if (!running || !queue.offer(new Pending(comment, done), WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new NotStored("the comment store is not accepting writes", null);
            }
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotStored("interrupted while storing a comment", e);
        } catch (ExecutionException e) {
            throw new NotStored("the database did not store the comment", e.getCause());
        } catch (TimeoutException e) {
            throw new NotStored("storing a comment timed out", e);
        }
    }

    /**
     * A comment that was not committed: the database could not write (a full disk, a database that is down),
     * so it was not acknowledged either.
     */
    static final class NotStored extends RuntimeException {
        NotStored(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (running) {
                    LOG.warn("comment writer interrupted while running");
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            persist(batch);
            readiness.writeSucceeded();
            batch.forEach(p -> p.done().complete(p.comment()));
        } catch (RuntimeException batchFailure) {
            // One bad row must not fail its neighbours: retry each on its own and report per comment.
            for (Pending p : batch) {
                try {
                    p.comment().id = null;
                    persist(List.of(p));
                    readiness.writeSucceeded();
                    p.done().complete(p.comment());
                } catch (RuntimeException e) {
                    readiness.writeFailed(e);
                    failed(e);
                    p.done().completeExceptionally(e);
                }
            }
        }
    }

    /**
     * Says what went wrong, once a minute at most: while the disk is full every post fails the same way, and a
     * log line per post would fill the log (and the disk) for nothing.
     */
    private void failed(RuntimeException e) {
        long now = System.nanoTime();
        if (lastFailureLogged == 0 || now - lastFailureLogged > LOG_FAILURES_EVERY_NANOS) {
            lastFailureLogged = now;
            LOG.errorf(e, "could not store a comment; readers are asked to send it again (said at most once a"
                    + " minute while this lasts)");
        }
    }

    private void persist(List<Pending> batch) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (cluster.shared()) {
                // Acknowledged means on disk (and on a synchronous standby, where there is one), whatever the
                // server's or the role's default says.
                Comment.getEntityManager().createNativeQuery("SET LOCAL synchronous_commit TO ON").executeUpdate();
            }
            Set<Long> articlesChanged = new LinkedHashSet<>();
            for (Pending p : batch) {
                p.comment().persist();
                if (p.comment().status == CommentStatus.PUBLISHED) {
                    articlesChanged.add(p.comment().articleId);
                }
            }
            articlesChanged.forEach(id -> changed.fire(new CommentsChanged(id)));
        });
    }
}
