package org.parley.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A moderator's or admin's account. Passwords are stored only as bcrypt hashes. */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends IdentityEntity {

    @Username
    public String username;
    @Password
    public String password;
    /** Comma-separated role names from {@link org.parley.security.Roles}. */
    @Roles
    public String roles;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;

    public static boolean anyWithRole(String role) {
        return list("enabled = true").stream()
                .map(a -> (Account) a)
                .anyMatch(a -> java.util.Arrays.asList(a.roles.split(",")).contains(role));
    }
}
