package org.parley.security;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;


/** A moderator's or admin's account. Passwords are stored only as bcrypt hashes (see AccountIdentityProvider). */
@Entity
@Table(name = "account")
public class Account extends IdentityEntity {

    public String username;
    /**
     * The name as {@link #keyOf} makes it, kept by this entity on every write: the database holds it unique, so
     * two names that differ only in case cannot both exist, whichever admin or node creates them.
     */
    @Column(name = "username_key")
    public String usernameKey;
    public String password;
    /** Comma-separated role names from {@link org.parley.security.Roles}. */
    public String roles;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;
    /** When the password was last set. */
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;
    /**
     * Raised whenever all of the account's sessions must end (disabled, new password): a session only counts while
     * its login ticket carries the current value. See {@link SessionRevocation}.
     */
    @Column(name = "session_epoch")
    public long sessionEpoch;

    /** Ends every session of this account, on every node, from its next request on. */
    public void endAllSessions() {
        sessionEpoch++;
    }

    /** The account with exactly this name, as people log in with it and as sessions and the audit trail name it. */
    public static java.util.Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Whether an account has this name in any case. */
    public static boolean nameTaken(String username) {
        return count("usernameKey", keyOf(username)) > 0;
    }

    /** What two names that differ only in case have in common. */
    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void keepKey() {
        usernameKey = keyOf(username);
    }

    public static boolean anyWithRole(String role) {
        return list("enabled = true").stream()
                .map(a -> (Account) a)
                .anyMatch(a -> java.util.Arrays.asList(a.roles.split(",")).contains(role));
    }
}
