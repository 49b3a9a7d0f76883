package org.parley.filter.ruleset;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * When each text was lately submitted, by a fingerprint that ignores case, spacing and punctuation, so that a
 * spam wave is seen however its copies are dressed. Kept in this node's memory for at most a day.
 */
final class RecentTexts {

    private final Cache<Long, Deque<Long>> seen = Caffeine.newBuilder()
            .expireAfterAccess(1, TimeUnit.DAYS)
            .maximumSize(200_000)
            .build();
    private final Clock clock;

    RecentTexts(Clock clock) {
        this.clock = clock;
    }

    /** Notes one more submission of the text. */
    void record(String text) {
        long now = clock.millis();
        Deque<Long> times = seen.get(fingerprint(text), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > 1000) {
                times.removeFirst();
            }
        }
    }

    /** How many submissions of the text fall within the window. */
    int countWithin(String text, Duration window) {
        Deque<Long> times = seen.getIfPresent(fingerprint(text));
        if (times == null) {
            return 0;
        }
        long since = clock.millis() - window.toMillis();
        synchronized (times) {
            return (int) times.stream().filter(t -> t >= since).count();
        }
    }

    static long fingerprint(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = 31 * h + Character.toLowerCase(c);
            }
        }
        return h;
    }
}
