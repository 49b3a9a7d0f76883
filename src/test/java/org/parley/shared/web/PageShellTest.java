package org.parley.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageShellTest {

    // Multi-byte text on both sides of the hole: a split by char index turned into bytes must not cut a character.
    private static final String HEAD = "<!doctype html><title>Gr\u00FC\u00DFe \u2603 \u65E5\u672C</title><p>";
    private static final String TAIL = "</p><footer>\uD83D\uDE00 \u00E9t\u00E9 \u0645\u0631\u062D\u0628\u0627</footer>";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitKeepsWhatSurroundsTheMarkerAsUtf8() {
        PageShell shell = PageShell.split(HEAD + PageShell.MARKER + TAIL);
        assertArrayEquals(utf8(HEAD), shell.head());
        assertArrayEquals(utf8(TAIL), shell.tail());
    }

    @Test
    void withPutsTheMiddleIntoTheHole() {
        PageShell shell = PageShell.split(HEAD + PageShell.MARKER + TAIL);
        String middle = "<form>\u00C7a va? \uD83D\uDC69\u200D\uD83D\uDCBB \u4E2D\u6587</form>";
        byte[] page = shell.with(middle);
        assertArrayEquals(utf8(HEAD + middle + TAIL), page);
        assertEquals(HEAD + middle + TAIL, new String(page, StandardCharsets.UTF_8));
    }

    @Test
    void oneShellServesManyVisitors() {
        // The shell is cached and shared: filling it for one visitor must not leave anything behind for the next.
        PageShell shell = PageShell.split(HEAD + PageShell.MARKER + TAIL);
        byte[] first = shell.with("token-\u00E4");
        byte[] second = shell.with("token-\u00F6\u00F6");
        assertArrayEquals(utf8(HEAD + "token-\u00E4" + TAIL), first);
        assertArrayEquals(utf8(HEAD + "token-\u00F6\u00F6" + TAIL), second);
    }

    @Test
    void emptyMiddleJoinsHeadAndTail() {
        PageShell shell = PageShell.split(HEAD + PageShell.MARKER + TAIL);
        assertArrayEquals(utf8(HEAD + TAIL), shell.with(""));
    }

    @Test
    void markerMayStandAtEitherEndOfThePage() {
        PageShell atStart = PageShell.split(PageShell.MARKER + TAIL);
        PageShell atEnd = PageShell.split(HEAD + PageShell.MARKER);
        assertArrayEquals(utf8("x" + TAIL), atStart.with("x"));
        assertArrayEquals(utf8(HEAD + "x"), atEnd.with("x"));
        assertArrayEquals(utf8("only"), PageShell.split(PageShell.MARKER).with("only"));
    }

    @Test
    void pageWithoutTheMarkerIsRefused() {
        assertThrows(IllegalStateException.class, () -> PageShell.split(HEAD + TAIL));
        assertThrows(IllegalStateException.class, () -> PageShell.split(""));
    }

    @Test
    void pageWithTheMarkerTwiceIsRefused() {
        // Twice means a reader managed to type it into their comment; which hole is real cannot be told.
        assertThrows(IllegalStateException.class,
                () -> PageShell.split(HEAD + PageShell.MARKER + "<p>a comment: " + PageShell.MARKER + "</p>" + TAIL));
        assertThrows(IllegalStateException.class,
                () -> PageShell.split(PageShell.MARKER + PageShell.MARKER));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parley-slot-", "parley-slot-0000", "PARLEY-SLOT-"})
    void somethingLikeTheMarkerIsNotTheMarker(String lookalike) {
        assertThrows(IllegalStateException.class, () -> PageShell.split(HEAD + lookalike + TAIL));
    }

    @Test
    void markerIsLongAndRandomEnoughNotToBeGuessed() {
        // 128 random bits in hex: the only defence against a reader placing the hole through their comment.
        assertTrue(PageShell.MARKER.matches("parley-slot-[0-9a-f]{32}"), PageShell.MARKER);
        assertNotEquals("parley-slot-" + "0".repeat(32), PageShell.MARKER);
    }
}
