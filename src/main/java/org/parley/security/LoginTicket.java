package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parley.shared.ServerSecret;

/**
 * What the login cookie ({@code parley-login}) says about one logged-in session, signed with the server secret:
 * when it logged in (for the absolute lifetime), a random id of its own (so that logging out can revoke exactly
 * this session and no other device of the same person), and the account's session epoch at login (so that
 * disabling the account or setting its password ends every session at once).
 *
 * <p>The signature covers the account name too, although the cookie does not carry it: Quarkus' encrypted session
 * cookie names the account, and a ticket only counts for the account it was issued to. Otherwise someone with a
 * session of their own could pair its ticket with another person's old, logged-out session cookie.
 */
record LoginTicket(Instant loggedInAt, String sessionId, long epoch, String signature) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    /** A ticket for a session that logs in now. */
    static LoginTicket issue(Instant now, String username, long epoch, ServerSecret secret) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return signed(Instant.ofEpochSecond(now.getEpochSecond()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(id), epoch, username, secret);
    }

    /** The same session under a new epoch and login time, for someone who just changed their own password. */
    LoginTicket renewed(Instant now, String username, long newEpoch, ServerSecret secret) {
        return signed(Instant.ofEpochSecond(now.getEpochSecond()), sessionId, newEpoch, username, secret);
    }

    static LoginTicket signed(Instant at, String sessionId, long epoch, String username, ServerSecret secret) {
        return new LoginTicket(at, sessionId, epoch, sign(at.getEpochSecond(), sessionId, epoch, username, secret));
    }

    /** The cookie value: {@code <login second>.<session id>.<epoch>.<signature>}. */
    String value() {
        return loggedInAt.getEpochSecond() + "." + sessionId + "." + epoch + "." + signature;
    }

    /** The ticket a cookie value spells, unsigned yet: only {@link #genuineFor} says whether it is real. */
    static Optional<LoginTicket> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4 || !SESSION_ID.matcher(parts[1]).matches() || parts[3].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LoginTicket(Instant.ofEpochSecond(Long.parseLong(parts[0])), parts[1],
                    Long.parseLong(parts[2]), parts[3]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this server issued the ticket to this account. */
    boolean genuineFor(String username, ServerSecret secret) {
        String expected = sign(loggedInAt.getEpochSecond(), sessionId, epoch, username, secret);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(long at, String sessionId, long epoch, String username, ServerSecret secret) {
        String signed = at + "\u0000" + sessionId + "\u0000" + epoch + "\u0000" + username;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret.hmac("login-ticket", signed.getBytes(StandardCharsets.UTF_8)));
    }
}
