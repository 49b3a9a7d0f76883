package org.parley.security;

import java.time.Clock;

import io.quarkus.arc.ClientProxy;

/** Lets tests outside this package clear the login throttle and fix its time. */
public final class Throttles {

    /** Failed logins before attempts wait. */
    public static final int FREE_FAILURES = LoginRules.FREE_FAILURES;

    private Throttles() {
    }

    public static void forget(LoginThrottle throttle) {
        throttle.forgetAll();
    }

    /** Makes the throttle read its time from {@code clock} (a test's clock that moves only when told). */
    public static void useClock(LoginThrottle throttle, Clock clock) {
        ClientProxy.unwrap(throttle).clock = clock;
    }
}
