package org.parley.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.parley.shared.storage.ClusterNotices;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Fixed-window counters per client and purpose. Where several nodes share the database (PostgreSQL), the
 * counters live in it, one row per client, purpose and window, so that a client's budget is the same however
 * many nodes its requests are spread over, and a restart forgives nothing. An embedded H2 database has one node,
 * and the counters stay in its memory: a window is short (minutes to an hour), so a restart only forgives a burst.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, AtomicInteger> counters = Caffeine.newBuilder()
            .expireAfterWrite(2, TimeUnit.HOURS)
            .maximumSize(500_000)
            .build();

    @Inject
    RateLimitConfig config;

    @Inject
    ClusterNotices cluster;

    @Inject
    EntityManager entities;

    Clock clock = Clock.systemUTC();

    /**
     * Counts one use of {@code purpose} by {@code client}. Returns empty while the client is within
     * {@code limit} uses per {@code window}, otherwise how long until the window ends.
     */
    public Optional<Duration> acquire(String purpose, String client, int limit, Duration window) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        long now = clock.millis();
        long windowMillis = window.toMillis();
        long windowIndex = now / windowMillis;
        String key = purpose + '|' + window.toSeconds() + '|' + windowIndex + '|' + client;
        long windowEnd = (windowIndex + 1) * windowMillis;
        int used = cluster != null && cluster.shared() ? countShared(key, Instant.ofEpochMilli(windowEnd))
                : counters.get(key, k -> new AtomicInteger()).incrementAndGet();
        if (used <= limit) {
            return Optional.empty();
        }
        long remaining = windowEnd - now;
        return Optional.of(Duration.ofMillis(Math.max(1000, remaining)));
    }

    /**
     * One more use of the counter {@code key}, counted in the database in a transaction of its own (a refused
     * request still used its try), and how many uses it now has. The count need not survive a crash of the
     * database, so its commit does not wait for the disk.
     */
    private int countShared(String key, Instant windowEnd) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entities.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
            return ((Number) entities.createNativeQuery("""
                    INSERT INTO rate_count (counter_key, uses, expires_at) VALUES (?1, 1, ?2)
                    ON CONFLICT (counter_key) DO UPDATE SET uses = rate_count.uses + 1
                    RETURNING uses""").setParameter(1, key).setParameter(2, windowEnd).getSingleResult()).intValue();
        });
    }

    /** Forgets windows that have ended; every node may run it. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEnded() {
        if (cluster.shared()) {
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> entities
                    .createNativeQuery("DELETE FROM rate_count WHERE expires_at < ?1").setParameter(1, now)
                    .executeUpdate());
        }
    }
}
