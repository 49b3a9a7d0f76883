package org.parley.security;

/** Lets tests outside this package clear the login throttle after failing logins on purpose. */
public final class Throttles {

    private Throttles() {
    }

    public static void forget(LoginThrottle throttle) {
        throttle.forgetAll();
    }
}
