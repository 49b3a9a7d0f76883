package org.parley.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A rendered page kept as UTF-8 bytes around one hole, for the part that differs per visitor (a form with its
 * tokens). The page is rendered once with a marker in the hole; serving it copies bytes instead of rendering.
 */
public record PageShell(byte[] head, byte[] tail) {

    /**
     * A marker nobody can guess: the page contains readers' text, and a reader who could type the marker would
     * choose where the hole goes.
     */
    public static final String MARKER = "parley-slot-" + HexFormat.of().formatHex(randomBytes());

    /** Splits a page rendered with {@link #MARKER} at the single place it appears. */
    public static PageShell split(String html) {
        int at = html.indexOf(MARKER);
        if (at < 0 || html.indexOf(MARKER, at + 1) >= 0) {
            throw new IllegalStateException("a page shell needs its marker exactly once");
        }
        return new PageShell(html.substring(0, at).getBytes(StandardCharsets.UTF_8),
                html.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole page with {@code middle} in the hole. */
    public byte[] with(String middle) {
        byte[] fill = middle.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + fill.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(fill, 0, page, head.length, fill.length);
        System.arraycopy(tail, 0, page, head.length + fill.length, tail.length);
        return page;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
