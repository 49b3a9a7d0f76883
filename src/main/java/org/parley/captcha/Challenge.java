package org.parley.captcha;

import java.time.Instant;

/** A captcha challenge as the client sees it: an opaque token and where its image is. Never the answer. */
public record Challenge(String token, String imageUrl, Instant expiresAt) {
}
