package org.parley.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A session that logged out before its cookie expired. Kept only until the session's absolute lifetime ends, after
 * which its login ticket is refused for its age anyway (see {@link SessionRevocation}).
 */
@Entity
@Table(name = "revoked_session")
public class RevokedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
