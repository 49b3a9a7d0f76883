package org.parley.moderation.bans;

import java.time.Instant;

/**
 * A ban as the API shows it. {@code value} is the name as typed or the client's hash; {@code state} is
 * {@code ACTIVE}, {@code EXPIRED} or {@code LIFTED}.
 */
public record BanView(long id, Ban.Kind kind, String value, String reason, String createdBy, Instant createdAt,
        Instant expiresAt, String liftedBy, Instant liftedAt, String state, boolean active) {

    static BanView of(Ban b, Instant now) {
        String state = b.liftedAt != null ? "LIFTED" : b.activeAt(now) ? "ACTIVE" : "EXPIRED";
        return new BanView(b.id, b.kind, b.shownAs, b.reason, b.createdBy, b.createdAt, b.expiresAt, b.liftedBy,
                b.liftedAt, state, "ACTIVE".equals(state));
    }
}
