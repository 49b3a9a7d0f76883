package org.parley.security.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.LoginThrottle;
import org.parley.security.Roles;
import org.parley.security.Throttles;
import org.parley.support.Accounts;
import org.parley.support.Databases;
import org.parley.support.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A user name is taken in every case: by the account service's check, and by the database when the check is raced. */
@QuarkusTest
class AccountNamesTest {

    static final String API = "/api/admin/accounts";

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    DataSource dataSource;

    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void staff() {
        Staff.exist(accounts);
    }

    @AfterEach
    void removeTheAccountsMadeHere() {
        QuarkusTransaction.requiringNew().run(() -> made.forEach(name -> Account.delete("usernameKey",
                Account.keyOf(name))));
        Throttles.forget(throttle);
    }

    @Test
    void aNameThatDiffersOnlyInCaseIsRefusedWithTheFieldAtFault() {
        String casey = casey();
        Staff.admin().body(Map.of("username", casey, "password", Accounts.PASSWORD, "role", "moderator")).post(API)
                .then().statusCode(201);
        String lower = casey.toLowerCase(Locale.ROOT);
        Staff.admin().body(Map.of("username", lower, "password", Accounts.PASSWORD, "role", "moderator")).post(API)
                .then().statusCode(400).body("field", equalTo("username"))
                .body("error", equalTo("The user name " + lower + " is taken."));
        Staff.admin().get(API).then().body("username", hasItem(casey)).body("username", not(hasItem(lower)));
    }

    @Test
    void aNameThatDiffersOnlyInCaseIsRefusedByTheDatabaseToo() {
        String casey = casey();
        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    accounts.create(casey, Accounts.PASSWORD, Roles.MODERATOR);
                    accounts.create(casey.toLowerCase(Locale.ROOT), Accounts.PASSWORD, Roles.MODERATOR);
                    Account.flush();
                }), "the account service alone has no check; only the database stands in the way");
        assertTrue(violated(refused).toLowerCase(Locale.ROOT).contains("uk_account_username_key"), violated(refused));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Account.count("usernameKey",
                Account.keyOf(casey))), "neither row is left");
    }

    /**
     * The second admin's check runs while the first one's new account is not yet committed, so it passes; the
     * database then holds the second insert until the first commits and refuses it. The second admin is told the
     * name is taken, as if the check had caught it, instead of getting an error.
     */
    @Test
    void anAdminWhoLosesARaceForTheSameNameIsToldItIsTaken() throws Exception {
        String casey = casey();
        String lower = casey.toLowerCase(Locale.ROOT);
        ExecutorService other = Executors.newFixedThreadPool(2);
        try {
            Future<Response> second = QuarkusTransaction.requiringNew().call(() -> {
                accounts.create(casey, Accounts.PASSWORD, Roles.MODERATOR);
                Account.flush();
                Future<Response> post = other.submit(() -> Staff.admin()
                        .body(Map.of("username", lower, "password", Accounts.PASSWORD, "role", "moderator"))
                        .post(API));
                boolean held = other.submit(() -> waitUntilHeld(post)).get(20, TimeUnit.SECONDS);
                assertTrue(held, "the second insert waits for the first transaction");
                return post;
            });
            second.get(20, TimeUnit.SECONDS).then().statusCode(400).body("field", equalTo("username"))
                    .body("error", equalTo("The user name " + lower + " is taken."));
        } finally {
            other.shutdownNow();
        }
        assertEquals(List.of(casey), QuarkusTransaction.requiringNew().call(() -> Account.<Account>list(
                "usernameKey", Account.keyOf(casey)).stream().map(a -> a.username).toList()));
    }

    @Test
    void theKeyFollowsARenamedAccount() {
        String casey = casey();
        long id = accounts.create(casey, Accounts.PASSWORD, Roles.MODERATOR).id;
        String renamed = casey + "-Two";
        made.add(renamed);
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(id).username = renamed);
        assertEquals(renamed.toLowerCase(Locale.ROOT), Accounts.stored(id).usernameKey);
    }

    /**
     * Logging in takes the name exactly as it was created, as it did before names were unique in every case:
     * the name people see in the audit trail is the one they type.
     */
    @Test
    void loggingInTakesTheNameAsItWasCreated() {
        String casey = casey();
        accounts.create(casey, Accounts.PASSWORD, Roles.MODERATOR);
        assertEquals(200, Accounts.moderationStatus(casey, Accounts.PASSWORD));
        assertEquals(401, Accounts.moderationStatus(casey.toLowerCase(Locale.ROOT), Accounts.PASSWORD));
    }

    /** A fresh name with capitals in it, removed after the test. */
    private String casey() {
        String name = Accounts.PREFIX + "Casey-" + UUID.randomUUID().toString().substring(0, 8);
        made.add(name);
        return name;
    }

    private static String violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return String.valueOf(violation.getConstraintName());
            }
        }
        throw new AssertionError("not a constraint violation", e);
    }

    /** Whether, before the request ends, its insert of the account is under way and so waits for ours. */
    private boolean waitUntilHeld(Future<?> request) throws Exception {
        // H2 shows a row wait as a statement still running, not as a blocker; PostgreSQL as a wait for a lock.
        String waiting = Databases.postgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND LOWER(query) LIKE 'insert into account %'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE LOWER(EXECUTING_STATEMENT) LIKE 'insert into account %'";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            while (!request.isDone()) {
                try (ResultSet r = s.executeQuery(waiting)) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.onSpinWait();
            }
            return false;
        }
    }
}
