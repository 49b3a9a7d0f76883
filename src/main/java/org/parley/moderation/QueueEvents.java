package org.parley.moderation;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Live tab counts for open dashboards. The counts are read from the database on a timer rather than pushed on
 * change, so a comment stored or moderated on another node shows up too.
 */
@ApplicationScoped
public class QueueEvents {

    static final Duration EVERY = Duration.ofMillis(2500);
    /** Unchanged counts are sent again now and then, so a closed connection is noticed and its timer stopped. */
    static final int RESEND_AFTER_TICKS = 12;

    @Inject
    ModerationDashboard dashboard;

    /** The counts at once, then whenever they change. */
    public Multi<Map<String, Long>> counts(Long articleId) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>();
        AtomicInteger quiet = new AtomicInteger();
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(EVERY)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom()
                        .item(() -> ModerationDashboard.countsByKey(dashboard.counts(articleId)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .select().where(counts -> {
                    boolean changed = !Objects.equals(last.getAndSet(counts), counts);
                    if (changed || quiet.incrementAndGet() >= RESEND_AFTER_TICKS) {
                        quiet.set(0);
                        return true;
                    }
                    return false;
                });
    }
}
