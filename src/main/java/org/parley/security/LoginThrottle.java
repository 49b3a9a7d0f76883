package org.parley.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} failures for a user name or for a client address, every
 * further attempt from either waits longer, up to {@link #MAX_DELAY}. The right password still works after the
 * wait, so an attacker cannot lock a moderator out; a success clears the name's count. Counts live in this node's
 * memory and are forgotten {@link #FORGET_AFTER} after the last failure.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration STEP = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(FORGET_AFTER.toMinutes(), TimeUnit.MINUTES)
            .maximumSize(100_000)
            .build();

    /** How long this attempt must wait before its password is checked. */
    public Duration delayFor(String userName, String client) {
        int worst = Math.max(count(nameKey(userName)), count(clientKey(client)));
        int over = worst - FREE_FAILURES + 1;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = STEP.multipliedBy(over);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public void failed(String userName, String client) {
        bump(nameKey(userName));
        bump(clientKey(client));
    }

    public void succeeded(String userName) {
        failures.invalidate(nameKey(userName));
    }

    /**
     * Forgets every count. For tests: they all come from one address, and the failures one test provokes on
     * purpose would otherwise slow every later test's logins for a quarter of an hour.
     */
    void forgetAll() {
        failures.invalidateAll();
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private void bump(String key) {
        // Re-put so the expiry restarts at the latest failure.
        AtomicInteger n = failures.get(key, k -> new AtomicInteger());
        n.incrementAndGet();
        failures.put(key, n);
    }

    private static String nameKey(String userName) {
        return "name|" + (userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client|" + client;
    }
}
