package org.parley.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The login throttle's arithmetic, apart from where its counts are kept (see {@link LoginThrottle} for the why).
 * Every count is of failures, and an attempt is counted as one when it is let through to its password check: a
 * success takes it back afterwards. So attempts in flight count as failures, and parallel ones cannot all slip
 * through while the first is still being checked.
 */
final class LoginRules {

    /** Failures before anything waits. */
    static final int FREE_FAILURES = 5;
    /** The wait after the fifth failure; it doubles with every further one... */
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** ...up to this, so that an account under attack has at most 5 + 6 + 60 = 71 guesses checked in any hour. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    /**
     * A name's or an address's count is forgotten this long after its last failure (far longer than the longest
     * wait, or the wait would not hold)...
     */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /**
     * ...but an address stays one that has failed on a name for an hour: otherwise a few addresses, each coming back
     * once its failure was forgotten, would pass as fresh ones and be checked beside the name's hourly budget.
     */
    static final Duration SUSPECT_FOR = Duration.ofHours(1);

    private LoginRules() {
    }

    /** Failures counted for one key, when the last one was, and when the next gated attempt may be checked. */
    record Count(int failures, Instant lastFailureAt, Instant nextCheckAt) {

        static final Count NONE = new Count(0, null, null);

        /** This count as it stands at {@code now}: nothing once it is forgotten, {@code memory} after its last failure. */
        Count asOf(Instant now, Duration memory) {
            return lastFailureAt == null || !now.isBefore(lastFailureAt.plus(memory)) ? NONE : this;
        }

        /** How long an attempt that this count gates must wait still; zero if it may be checked now. */
        Duration gate(Instant now) {
            Count c = asOf(now, FORGET_AFTER);
            if (c.failures < FREE_FAILURES || c.nextCheckAt == null || !now.isBefore(c.nextCheckAt)) {
                return Duration.ZERO;
            }
            return Duration.between(now, c.nextCheckAt);
        }

        /** Counts an attempt that goes to its check now, as a failure until it proves right. */
        Count plusAttempt(Instant now, Duration memory) {
            int f = asOf(now, memory).failures + 1;
            return new Count(f, now, now.plus(waitAfter(f)));
        }

        /** Takes back the attempt a success counted. */
        Count minusAttempt() {
            return new Count(Math.max(0, failures - 1), lastFailureAt, nextCheckAt);
        }
    }

    /** What to do with one attempt: check it (and store the counts it leaves), or refuse it for {@code retryAfter}. */
    record Decision(Duration retryAfter, Count pair, Count name, Count address) {

        boolean checked() {
            return retryAfter.isZero();
        }
    }

    /**
     * An attempt on a user name from a client address, given the counts for the pair of them, for the name and for
     * the address.
     * <ul>
     * <li>An address that has failed too often waits, whatever name it tries: one address cannot go through names.</li>
     * <li>A name that has failed too often makes attempts wait only from addresses that have failed on it in the
     * last hour (or have an attempt on it in flight). An address that has not (the moderator at their desk, their phone) is
     * checked at once, so that nobody can be locked out of their account from afar.</li>
     * </ul>
     */
    static Decision attempt(Count pair, Count name, Count address, Instant now) {
        boolean suspect = pair.asOf(now, SUSPECT_FOR).failures > 0;
        Duration wait = address.gate(now);
        if (suspect) {
            Duration byName = name.gate(now);
            wait = byName.compareTo(wait) > 0 ? byName : wait;
        }
        if (!wait.isZero()) {
            return new Decision(wait, pair, name, address);
        }
        return new Decision(Duration.ZERO, pair.plusAttempt(now, SUSPECT_FOR), name.plusAttempt(now, FORGET_AFTER),
                address.plusAttempt(now, FORGET_AFTER));
    }

    /** How long gated attempts wait after {@code failures} failures. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES;
        if (doublings >= 6) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
