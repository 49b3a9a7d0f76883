package org.parley.security.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.LoginThrottle;
import org.parley.security.Roles;
import org.parley.shared.Refusal;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Admins create, change, disable and delete moderator and admin accounts and reset their passwords; anyone on
 * the staff changes their own password. Every change is audited under the name of the person who made it, in the
 * same transaction. There is always at least one enabled admin: the last one cannot be demoted, disabled or
 * deleted, so nobody can lock the site out of its own administration.
 *
 * <p>Deleting is allowed: audit entries name their actor as text, so the trail of a deleted account stays whole.
 * Disabling keeps the name taken and the account restorable, which is what most departures want.
 */
@ApplicationScoped
public class AccountAdminService {

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 80;
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 200;
    /**
     * ASCII only: names appear in the audit trail and on every action, and a Cyrillic "а" in "admin" would make a
     * second "admin" that reads the same.
     */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9.\\-_@]+");

    public record NewAccount(String username, String password, String role) {
    }

    /** A change to an account; a null field stays as it is. */
    public record AccountChange(String role, Boolean enabled) {
    }

    public record NewPassword(String password) {
    }

    public record PasswordChange(String current, String password) {
    }

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    LoginThrottle throttle;

    @Transactional
    public List<AccountView> list() {
        return Account.<Account>list("order by lower(username), id").stream().map(AccountView::of).toList();
    }

    @Transactional
    public AccountView find(long id) {
        return AccountView.of(load(id));
    }

    @Transactional
    public AccountView create(String actor, NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip();
        checkUsername(username);
        String role = role(request.role());
        checkPassword(request.password(), username);
        if (Account.nameTaken(username)) {
            throw nameTaken(username);
        }
        Account account;
        try {
            account = accounts.create(username, request.password(), role);
            // Now rather than at commit, so that losing a race to the same name is answered like the check above.
            Account.flush();
        } catch (PersistenceException e) {
            if (isNameClash(e)) {
                throw nameTaken(username);
            }
            throw e;
        }
        record(actor, null, role, "created " + role + " " + username);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView change(String actor, long id, AccountChange request) {
        if (request == null || (request.role() == null && request.enabled() == null)) {
            throw Refusal.invalid("Say what to change: role or enabled.", "role");
        }
        String newRole = request.role() == null ? null : role(request.role());
        Account account = lockForChange(id);
        AccountView before = AccountView.of(account);
        boolean losesAdmin = before.admin() && account.enabled
                && ((newRole != null && !newRole.equals(Roles.ADMIN)) || Boolean.FALSE.equals(request.enabled()));
        if (losesAdmin) {
            requireAnotherAdmin(account, Boolean.FALSE.equals(request.enabled()) ? "disabled" : "made a moderator");
        }
        if (newRole != null && !newRole.equals(before.role())) {
            account.roles = newRole;
            record(actor, before.role(), newRole, "changed the role of " + account.username + " from "
                    + before.role() + " to " + newRole);
        }
        if (request.enabled() != null && request.enabled() != account.enabled) {
            account.enabled = request.enabled();
            // Either way the account's old sessions stay ended: re-enabling must not revive a stolen cookie.
            account.endAllSessions();
            String state = account.enabled ? "enabled" : "disabled";
            record(actor, before.enabled() ? "enabled" : "disabled", state, state + " " + account.username);
        }
        return AccountView.of(account);
    }

    @Transactional
    public AccountView resetPassword(String actor, long id, String password) {
        Account account = load(id);
        checkPassword(password, account.username);
        accounts.setPassword(account, password);
        record(actor, null, null, "reset the password of " + account.username);
        return AccountView.of(account);
    }

    /** Deletes the account and answers its name. */
    @Transactional
    public String delete(String actor, long id) {
        Account account = lockForChange(id);
        AccountView before = AccountView.of(account);
        if (before.admin() && account.enabled) {
            requireAnotherAdmin(account, "deleted");
        }
        account.delete();
        String what = before.role().equals("none") ? "the account" : before.role();
        record(actor, before.role(), null, "deleted " + what + " " + account.username);
        return account.username;
    }

    /**
     * The signed-in person changes their own password, proving they know the current one. Every try counts with
     * the login throttle before it is checked, and is refused (429) when a login would be, so a stolen session
     * cannot cheaply guess its way to owning the account for good.
     */
    public void changeOwnPassword(String actor, String client, PasswordChange request) {
        if (request.current() == null || request.current().isEmpty()) {
            throw Refusal.invalid("Enter your current password.", "current");
        }
        Duration wait = throttle.admit(actor, client);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw Refusal.tooMany("Too many wrong passwords. Please try again in " + seconds
                    + (seconds == 1 ? " second." : " seconds."), "current");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.findByUsername(actor)
                    .orElseThrow(() -> Refusal.notFound("Your account no longer exists."));
            if (!accounts.passwordMatches(account, request.current())) {
                // Already counted as a failure by admit.
                throw Refusal.invalid("That is not your current password.", "current");
            }
            throttle.succeeded(actor, client);
            checkPassword(request.password(), account.username);
            accounts.setPassword(account, request.password());
            record(actor, null, null, "changed their own password");
        });
    }

    /**
     * Takes the account under change and every enabled one with a row lock, so two admins removing each other at
     * the same moment cannot both pass the last-admin check: the second waits and then sees the first's change.
     */
    private static Account lockForChange(long id) {
        Account.find("enabled = true or id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return load(id);
    }

    private static void requireAnotherAdmin(Account account, String what) {
        long others = Account.<Account>list("enabled = true and id <> ?1", account.id).stream()
                .filter(a -> AccountView.stored(a).contains(Roles.ADMIN)).count();
        if (others == 0) {
            throw Refusal.conflict(account.username + " is the last enabled admin and cannot be " + what
                    + ". Make another account an admin first.");
        }
    }

    private static Account load(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw Refusal.notFound("There is no account " + id + ".");
        }
        return account;
    }

    private static Refusal nameTaken(String username) {
        return Refusal.invalid("The user name " + username + " is taken.", "username");
    }

    /**
     * Whether the database refused the new account because one with the same name in some case exists after all:
     * another admin or node created it after our check (uk_account_username_key; uk_account_username for an exact
     * twin).
     */
    private static boolean isNameClash(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String constraint = violation.getConstraintName();
                return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE && (constraint == null
                        || constraint.toLowerCase(Locale.ROOT).contains("uk_account_username"));
            }
        }
        return false;
    }

    private void record(String actor, String before, String after, String details) {
        audit.record(audit.newBatch(), new AuditService.Entry(actor, AuditAction.ACCOUNT, null, null, before, after,
                null, details));
    }

    static void checkUsername(String username) {
        if (username.isEmpty()) {
            throw Refusal.invalid("Choose a user name.", "username");
        }
        int length = username.codePointCount(0, username.length());
        if (length < USERNAME_MIN || length > USERNAME_MAX) {
            throw Refusal.invalid("A user name has " + USERNAME_MIN + " to " + USERNAME_MAX
                    + " characters.", "username");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw Refusal.invalid("A user name may contain only letters a-z and A-Z, digits and the characters . - _ @.",
                    "username");
        }
    }

    static void checkPassword(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("Choose a password.", "password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN) {
            throw Refusal.invalid("A password needs at least " + PASSWORD_MIN + " characters.", "password");
        }
        if (length > PASSWORD_MAX) {
            throw Refusal.invalid("A password can have at most " + PASSWORD_MAX + " characters.",
                    "password");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw Refusal.invalid("The password must not be the user name.", "password");
        }
    }

    static String role(String role) {
        String r = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!r.equals(Roles.MODERATOR) && !r.equals(Roles.ADMIN)) {
            throw Refusal.invalid("Choose a role: moderator or admin.", "role");
        }
        return r;
    }
}
