package org.parley.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Fixed-window counters per client and purpose, kept in this node's memory. A window is short (minutes to an
 * hour), so losing the counters on restart only forgives a burst; several nodes each count on their own, which
 * multiplies the limit by the node count (documented in the README).
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, AtomicInteger> counters = Caffeine.newBuilder()
            .expireAfterWrite(2, TimeUnit.HOURS)
            .maximumSize(500_000)
            .build();

    @Inject
    RateLimitConfig config;

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
        int used = counters.get(key, k -> new AtomicInteger()).incrementAndGet();
        if (used <= limit) {
            return Optional.empty();
        }
        long remaining = (windowIndex + 1) * windowMillis - now;
        return Optional.of(Duration.ofMillis(Math.max(1000, remaining)));
    }
}
