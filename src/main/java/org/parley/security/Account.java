package org.parley.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;


/** A moderator's or admin's account. Passwords are stored only as bcrypt hashes (see AccountIdentityProvider). */
@Entity
@Table(name = "account")
public class Account extends IdentityEntity {

    public String username;
    public String password;
    /** Comma-separated role names from {@link org.parley.security.Roles}. */
    public String roles;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;
    /** When the password was last set; sessions that logged in before it are no longer accepted. */
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    public static java.util.Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean anyWithRole(String role) {
        return list("enabled = true").stream()
                .map(a -> (Account) a)
                .anyMatch(a -> java.util.Arrays.asList(a.roles.split(",")).contains(role));
    }
}
