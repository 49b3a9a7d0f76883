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

import org.jboss.logging.Logger;

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

    private record Pending(Comment comment, CompletableFuture<Comment> done) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private Thread thread;

    @Inject
    Event<CommentsChanged> changed;

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

    /** Stores the comment and returns once it is committed (with its id), or throws if it could not be. */
    Comment write(Comment comment) {
        CompletableFuture<Comment> done = new CompletableFuture<>();
        try {
            if (!running || !queue.offer(new Pending(comment, done), WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the comment store is not accepting writes");
            }
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a comment", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("storing a comment timed out", e);
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
            batch.forEach(p -> p.done().complete(p.comment()));
        } catch (RuntimeException batchFailure) {
            // One bad row must not fail its neighbours: retry each on its own and report per comment.
            for (Pending p : batch) {
                try {
                    p.comment().id = null;
                    persist(List.of(p));
                    p.done().complete(p.comment());
                } catch (RuntimeException e) {
                    LOG.error("could not store a comment", e);
                    p.done().completeExceptionally(e);
                }
            }
        }
    }

    private void persist(List<Pending> batch) {
        QuarkusTransaction.requiringNew().run(() -> {
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
