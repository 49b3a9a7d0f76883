package org.parley.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.parley.support.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A user name is taken in every case, and the database holds it so. */
@QuarkusTest
class AccountNamesTest {

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

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
}
