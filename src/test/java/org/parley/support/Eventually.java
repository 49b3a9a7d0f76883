package org.parley.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another process does in its own time (a node hearing of a change), up to a limit that is
 * the promise under test. The condition is asked again every 20 ms; the time is the monotonic clock's.
 */
public final class Eventually {

    private Eventually() {
    }

    /** Returns how long {@code condition} took to hold; fails naming {@code what} if it did not within {@code limit}. */
    public static Duration within(Duration limit, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                fail(what + " within " + limit.toMillis() + " ms");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
