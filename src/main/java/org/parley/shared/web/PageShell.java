package org.parley.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A rendered page kept as UTF-8 bytes with holes for what differs per visitor (form tokens, a whole form).
 * The page is rendered once with markers where the holes go; serving it copies bytes instead of rendering.
 * Immutable, so one shell serves every visitor at once.
 */
public final class PageShell {

    /**
     * Markers nobody can guess: the page contains readers' text, and a reader who could type a marker would
     * choose where a token goes.
     */
    private static final String PREFIX = "parley-slot-" + HexFormat.of().formatHex(randomBytes()) + "-";

    private final byte[][] parts;
    private final int[] holes;
    private final int markerCount;

    private PageShell(byte[][] parts, int[] holes, int markerCount) {
        this.parts = parts;
        this.holes = holes;
        this.markerCount = markerCount;
    }

    /** The marker for a hole called {@code name}; render it where the hole goes. */
    public static String marker(String name) {
        return PREFIX + name + "!";
    }

    /**
     * Cuts a page at every place one of {@code markers} appears; each marker must appear at least once and may
     * appear several times (one token can be needed in two attributes).
     */
    public static PageShell split(String html, String... markers) {
        List<byte[]> parts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        boolean[] seen = new boolean[markers.length];
        int from = 0;
        while (true) {
            int at = html.indexOf(PREFIX, from);
            if (at < 0) {
                break;
            }
            int which = -1;
            for (int m = 0; m < markers.length; m++) {
                if (html.startsWith(markers[m], at)) {
                    which = m;
                }
            }
            if (which < 0) {
                throw new IllegalStateException("the page has a marker that was not named");
            }
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            holes.add(which);
            seen[which] = true;
            from = at + markers[which].length();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        for (int m = 0; m < markers.length; m++) {
            if (!seen[m]) {
                throw new IllegalStateException("a page shell needs each of its markers at least once");
            }
        }
        return new PageShell(parts.toArray(byte[][]::new), holes.stream().mapToInt(Integer::intValue).toArray(),
                markers.length);
    }

    /** The whole page with {@code values[i]} in every hole of marker {@code i}. */
    public byte[] fill(String... values) {
        if (values.length != markerCount) {
            throw new IllegalArgumentException("expected " + markerCount + " values, got " + values.length);
        }
        byte[][] encoded = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
        }
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        for (int hole : holes) {
            length += encoded[hole].length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, page, at, parts[i].length);
            at += parts[i].length;
            if (i < holes.length) {
                byte[] fill = encoded[holes[i]];
                System.arraycopy(fill, 0, page, at, fill.length);
                at += fill.length;
            }
        }
        return page;
    }

    /** The page as text with the holes filled, for building a shell out of another one. */
    public String fillAsString(String... values) {
        return new String(fill(values), StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
