package org.parley.moderation.bans;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

/**
 * A ban on a user name or a client. {@code subject} is what submissions are compared with (the normalised name,
 * or the client's keyed hash); {@code shownAs} is how the moderator typed it.
 */
@Entity
@Table(name = "ban")
public class Ban extends IdentityEntity {

    /** What a ban matches. */
    public enum Kind {
        USER_NAME, CLIENT
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String subject;
    @Column(name = "shown_as")
    public String shownAs;
    public String reason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Null: for good. */
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Column(name = "lifted_at")
    public Instant liftedAt;

    public boolean activeAt(Instant now) {
        return liftedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** Bans that are neither lifted nor expired at {@code now}. */
    public static List<Ban> listActive(Instant now) {
        return list("liftedAt is null and (expiresAt is null or expiresAt > ?1)", now);
    }

    /** The active bans at {@code now} on any of {@code subjects} (normalised names and client keys alike). */
    public static List<Ban> listActiveAmong(Instant now, java.util.Collection<String> subjects) {
        return list("liftedAt is null and (expiresAt is null or expiresAt > ?1) and subject in ?2", now, subjects);
    }

    /** Every ban, newest first; the caller puts the active ones first. */
    public static List<Ban> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
