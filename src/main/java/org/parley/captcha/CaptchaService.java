package org.parley.captcha;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.parley.shared.ServerSecret;
import org.parley.shared.settings.Settings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Issues and checks image captchas without storing challenges. A token carries a random id and its expiry,
 * signed with the server secret; the words are derived from the id with a keyed hash, so only the server can
 * know them and any node can check them. The one piece of state is the record that a token was tried, kept in
 * the database so "one attempt per token" holds across nodes.
 */
@ApplicationScoped
public class CaptchaService {

    /** The setting that turns the captcha on and off; an admin's override of {@code parley.captcha.enabled}. */
    public static final String ENABLED_SETTING = "captcha.enabled";
    public static final String OFF_WARNING = "The captcha is turned off: anyone, bots included, can post comments. "
            + "Use this only for load tests.";

    private static final Logger LOG = Logger.getLogger(CaptchaService.class);
    private static final int ID_BYTES = 16;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    // One generator per thread: a shared SecureRandom serialises every page view on its lock.
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);
    private final CaptchaImageRenderer renderer = new CaptchaImageRenderer();
    private final List<String> words = loadWords();

    @Inject
    CaptchaConfig config;

    @Inject
    ServerSecret secret;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    void onStart(@Observes StartupEvent event) {
        if (!enabled()) {
            LOG.warn(OFF_WARNING + (settings.override(ENABLED_SETTING).isPresent() ? " (an admin turned it off on "
                    + "the settings page)" : " (parley.captcha.enabled=false)"));
        }
    }

    void onChange(@Observes Settings.Changed change) {
        if (change.name().equals(ENABLED_SETTING)) {
            if (enabled()) {
                LOG.info("The captcha is turned on again.");
            } else {
                LOG.warn(OFF_WARNING + " (changed on the settings page)");
            }
        }
    }

    /** Whether comments need a solved captcha: the admin's setting, else the configuration. Never a query. */
    public boolean enabled() {
        return settings.boolValue(ENABLED_SETTING, config.enabled());
    }

    /** A fresh challenge. */
    public Challenge issue() {
        byte[] id = new byte[ID_BYTES];
        random.get().nextBytes(id);
        Instant expiresAt = clock.instant().plus(config.ttl());
        ByteBuffer payload = ByteBuffer.allocate(ID_BYTES + Long.BYTES).put(id).putLong(expiresAt.getEpochSecond());
        String token = B64.encodeToString(payload.array()) + "." + B64.encodeToString(sign(payload.array()));
        return new Challenge(token, "/captcha/" + token + ".png", Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /** The PNG for a token, or empty when the token is not ours or has expired. */
    public Optional<byte[]> image(String token) {
        return parse(token).filter(t -> !t.expired(clock.instant())).map(t -> {
            byte[] seed = secret.hmac("captcha-noise", t.id());
            // Same token, same picture: fetching an image again must not yield more views of the words to OCR.
            return renderer.renderPng(wordsFor(t.id()), new SplittableRandom(ByteBuffer.wrap(seed).getLong()));
        });
    }

    /**
     * Checks an attempt and uses up the token, right or wrong. With {@code reviewInstead} the reader could not
     * solve the image and asks for moderation instead; the token must still be genuine and unused.
     */
    public CaptchaCheck check(String token, String answer, boolean reviewInstead) {
        if (!enabled()) {
            return CaptchaCheck.NOT_REQUIRED;
        }
        if (token == null || token.isBlank() || (!reviewInstead && (answer == null || answer.isBlank()))) {
            return CaptchaCheck.MISSING;
        }
        Optional<Token> parsed = parse(token);
        if (parsed.isEmpty()) {
            return CaptchaCheck.INVALID;
        }
        Token t = parsed.get();
        if (t.expired(clock.instant())) {
            return CaptchaCheck.EXPIRED;
        }
        if (!useUp(t)) {
            return CaptchaCheck.ALREADY_USED;
        }
        if (reviewInstead) {
            return CaptchaCheck.REVIEW_INSTEAD;
        }
        byte[] expected = squash(String.join("", wordsFor(t.id()))).getBytes(StandardCharsets.UTF_8);
        byte[] given = squash(answer).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? CaptchaCheck.PASSED : CaptchaCheck.WRONG;
    }

    /**
     * The words of a token. Server-side only: for rendering and for tests that must solve a challenge; no
     * endpoint exposes it.
     */
    public Optional<List<String>> wordsOf(String token) {
        return parse(token).map(t -> wordsFor(t.id()));
    }

    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void forgetExpiredAttempts() {
        CaptchaAttempt.deleteExpired(clock.instant());
    }

    private boolean useUp(Token t) {
        try {
            // Its own transaction: the attempt counts even if the comment that came with it fails later.
            QuarkusTransaction.requiringNew().run(() -> {
                CaptchaAttempt attempt = new CaptchaAttempt();
                attempt.tokenId = HexFormat.of().formatHex(t.id());
                attempt.expiresAt = Instant.ofEpochSecond(t.expiresAt());
                attempt.persistAndFlush();
            });
            return true;
        } catch (RuntimeException e) {
            // Only the token's key already being there means "used"; a database that cannot write is no answer
            // about the token, and the caller is told to try again later.
            if (hasCause(e, ConstraintViolationException.class)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private List<String> wordsFor(byte[] id) {
        ByteBuffer stream = ByteBuffer.wrap(secret.hmac("captcha-words", id));
        List<String> picked = new ArrayList<>(config.words());
        while (picked.size() < Math.max(2, Math.min(3, config.words()))) {
            if (stream.remaining() < Integer.BYTES) {
                stream = ByteBuffer.wrap(secret.hmac("captcha-words", stream.array()));
            }
            // 32 bits per pick over a list of ~2,000 words: the modulo bias is below one in a million.
            String word = words.get((int) (Integer.toUnsignedLong(stream.getInt()) % words.size()));
            if (!picked.contains(word)) {
                picked.add(word);
            }
        }
        return picked;
    }

    private Optional<Token> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            if (payload.length != ID_BYTES + Long.BYTES || !MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            byte[] id = new byte[ID_BYTES];
            buffer.get(id);
            return Optional.of(new Token(id, buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        byte[] mac = secret.hmac("captcha-token", payload);
        byte[] truncated = new byte[SIGNATURE_BYTES];
        System.arraycopy(mac, 0, truncated, 0, SIGNATURE_BYTES);
        return truncated;
    }

    /** Case and spacing do not matter to a person reading words off an image. */
    private static String squash(String answer) {
        return answer.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }

    private static List<String> loadWords() {
        try (InputStream in = CaptchaService.class.getResourceAsStream("/captcha/words.txt")) {
            if (in == null) {
                throw new IllegalStateException("captcha/words.txt is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Token(byte[] id, long expiresAt) {
        boolean expired(Instant now) {
            return now.getEpochSecond() >= expiresAt;
        }
    }
}
