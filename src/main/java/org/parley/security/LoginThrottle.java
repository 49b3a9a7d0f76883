package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.parley.shared.ServerSecret;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Limits password guessing, for the login form, HTTP Basic and the own-password form alike, on every node at once:
 * the counts are rows in the database ({@code login_throttle}), kept per user name, per client address and per
 * pair of the two (under keyed hashes). The rules are {@link LoginRules}: after 5 failures, attempts that the count
 * gates are refused at once, without a password check, until a wait that doubles from 1 s to 60 s has passed, so
 * that at most 71 wrong passwords an hour are checked for one account from addresses that have failed on it; an
 * address that has not failed on it still gets its password checked.
 *
 * <p>An attempt is counted before its check, in one transaction that locks the three rows (in key order, so two
 * attempts never wait on each other in a circle) and either counts the attempt or refuses it. Parallel attempts
 * therefore queue on the rows for a few milliseconds, never for the bcrypt check, and only the free ones and the
 * first after each wait get through; the others are refused, not held. A success takes its count back.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    ServerSecret secret;

    Clock clock = Clock.systemUTC();

    LoginThrottle() {
    }

    /** One node's throttle; tests make a second with the same secret and database to stand for another node. */
    LoginThrottle(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * Counts this attempt as a failure before its password is checked, or refuses it: zero means check the password
     * now (and report a success with {@link #succeeded}), more means refuse the attempt and say to retry after that.
     */
    public Duration admit(String userName, String client) {
        Keys keys = keys(userName, client);
        for (int round = 0; round < 3; round++) {
            Duration wait = QuarkusTransaction.requiringNew().call(() -> {
                Map<String, LoginCount> rows = lock(keys);
                if (rows == null) {
                    return null;
                }
                LoginRules.Decision decision = LoginRules.attempt(rows.get(keys.pair).asCount(),
                        rows.get(keys.name).asCount(), rows.get(keys.address).asCount(), now());
                if (decision.checked()) {
                    rows.get(keys.pair).set(decision.pair());
                    rows.get(keys.name).set(decision.name());
                    rows.get(keys.address).set(decision.address());
                }
                return decision.retryAfter();
            });
            if (wait != null) {
                return wait;
            }
            create(keys);
        }
        // The rows keep vanishing under us (the clean-up, or a test forgetting): refuse rather than check unthrottled.
        return LoginRules.FIRST_WAIT;
    }

    /** The password was right: take back the failure that {@link #admit} counted, and trust this address again. */
    public void succeeded(String userName, String client) {
        Keys keys = keys(userName, client);
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, LoginCount> rows = lock(keys);
            if (rows == null) {
                return;
            }
            rows.get(keys.pair).delete();
            rows.get(keys.name).set(rows.get(keys.name).asCount().minusAttempt());
            rows.get(keys.address).set(rows.get(keys.address).asCount().minusAttempt());
        });
    }

    /**
     * How long an attempt on this name from this client would be refused now (zero: it would be checked). One read,
     * no lock and nothing counted: for attempts that are no new guess.
     */
    public Duration waitFor(String userName, String client) {
        Keys keys = keys(userName, client);
        Map<String, LoginRules.Count> counts = new java.util.HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> LoginCount.<LoginCount>list("key in ?1", keys.inLockOrder())
                .forEach(row -> counts.put(row.key, row.asCount())));
        LoginRules.Count none = LoginRules.Count.NONE;
        return LoginRules.attempt(counts.getOrDefault(keys.pair, none), counts.getOrDefault(keys.name, none),
                counts.getOrDefault(keys.address, none), now()).retryAfter();
    }

    /**
     * Forgets every count. For tests: they all come from one address, and the failures one test provokes on
     * purpose would otherwise make every later test's logins wait.
     */
    void forgetAll() {
        QuarkusTransaction.requiringNew().run(() -> LoginCount.deleteAll());
    }

    /** Deletes counts that are forgotten anyway, so the table holds about an hour of failures. */
    @Scheduled(every = "15m", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        Instant before = now().minus(LoginRules.SUSPECT_FOR);
        QuarkusTransaction.requiringNew().run(
                () -> LoginCount.delete("lastFailureAt is null or lastFailureAt < ?1", before));
    }

    /** Whole milliseconds: the database keeps no finer, and a wait must end when it says, not a microsecond later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The rows, locked in key order; null if one does not exist yet. */
    private static Map<String, LoginCount> lock(Keys keys) {
        Map<String, LoginCount> rows = new LinkedHashMap<>();
        for (String key : keys.inLockOrder()) {
            LoginCount row = LoginCount.findById(key, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                return null;
            }
            rows.put(key, row);
        }
        return rows;
    }

    /** Creates the rows that are missing, each on its own: another node creating the same one first is fine. */
    private static void create(Keys keys) {
        for (String key : keys.inLockOrder()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (LoginCount.findById(key) == null) {
                        LoginCount row = new LoginCount();
                        row.key = key;
                        // Now, inside the transaction, so that losing the race is a plain rollback, not a failed commit.
                        row.persistAndFlush();
                    }
                });
            } catch (RuntimeException raced) {
                boolean exists = QuarkusTransaction.requiringNew().call(() -> LoginCount.findById(key) != null);
                if (!exists) {
                    throw raced;
                }
            }
        }
    }

    private Keys keys(String userName, String client) {
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        String from = client == null ? "" : client;
        // Hashed: the table never holds the names people tried, nor addresses, and every key has the same length.
        return new Keys("a" + secret.pseudonym("login-throttle-address", from),
                "n" + secret.pseudonym("login-throttle-name", name),
                "p" + secret.pseudonym("login-throttle-pair", name + "\u0000" + from));
    }

    private record Keys(String address, String name, String pair) {

        List<String> inLockOrder() {
            List<String> all = new ArrayList<>(List.of(address, name, pair));
            all.sort(null);
            return all;
        }
    }
}
