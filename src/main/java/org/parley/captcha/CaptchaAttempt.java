package org.parley.captcha;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A captcha token that has had its one attempt; kept until the token would have expired anyway. */
@Entity
@Table(name = "captcha_attempt")
public class CaptchaAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "token_id")
    public String tokenId;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public static long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
