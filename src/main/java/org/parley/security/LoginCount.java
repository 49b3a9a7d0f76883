package org.parley.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The failed logins counted for one user name, client address or pair of them (see {@link LoginThrottle}). */
@Entity
@Table(name = "login_throttle")
public class LoginCount extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key")
    public String key;
    public int failures;
    @Column(name = "last_failure_at")
    public Instant lastFailureAt;
    /** Before this, an attempt that this count gates is refused without a check. */
    @Column(name = "next_check_at")
    public Instant nextCheckAt;

    LoginRules.Count asCount() {
        return new LoginRules.Count(failures, lastFailureAt, nextCheckAt);
    }

    void set(LoginRules.Count count) {
        failures = count.failures();
        lastFailureAt = count.lastFailureAt();
        nextCheckAt = count.nextCheckAt();
    }
}
