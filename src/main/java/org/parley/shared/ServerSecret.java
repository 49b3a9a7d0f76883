package org.parley.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * The server's secret key and keyed hashes made with it. Features derive their own keys from it by
 * purpose ({@code hmac("captcha", ...)}), so one leaked derived value reveals nothing about another.
 */
// Made at start: a secret first needed by a reader's request on a full disk could never be written.
@Startup
@ApplicationScoped
public class ServerSecret {

    private static final String FILE_NAME = "server-secret.key";

    private final byte[] key;

    // Mac.getInstance looks up a provider on every call; a page view needs a MAC, so each thread keeps one.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ServerSecret(ParleyConfig config) {
        this.key = config.secret()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> loadOrCreate(config.dataDir().resolve(FILE_NAME)));
        if (key.length < 16) {
            throw new IllegalStateException("parley.secret must be at least 16 characters long");
        }
    }

    /** HMAC-SHA256 over {@code data}, keyed by the server secret and the purpose. */
    public byte[] hmac(String purpose, byte[] data) {
        Mac mac = macs.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(data);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A short keyed digest of a value we must recognise again but must not store in clear (an address). */
    public String pseudonym(String purpose, String value) {
        byte[] digest = hmac(purpose, value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the server secret " + file, e);
        }
    }
}
