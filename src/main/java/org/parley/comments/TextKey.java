package org.parley.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A key shared by near-identical texts: spam waves vary spacing, punctuation, case and emoji but keep the
 * words, so the key hashes only the letters and digits (after NFKC, lower-cased).
 */
final class TextKey {

    private TextKey() {
    }

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
