package org.parley.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageShellTest {

    // Multi-byte text on both sides of the holes: a split by char index turned into bytes must not cut a character.
    private static final String HEAD = "<!doctype html><title>Gr\u00FC\u00DFe \u2603 \u65E5\u672C</title><p>";
    private static final String TAIL = "</p><footer>\uD83D\uDE00 \u00E9t\u00E9 \u0645\u0631\u062D\u0628\u0627</footer>";
    private static final String FORM = PageShell.marker("form");
    private static final String TOKEN = PageShell.marker("token");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fillPutsEachValueIntoItsHoles() {
        PageShell shell = PageShell.split(HEAD + FORM + "<i>" + TOKEN + "</i><b>" + TOKEN + "</b>" + TAIL, FORM, TOKEN);
        String form = "<form>\u00C7a va? \uD83D\uDC69\u200D\uD83D\uDCBB \u4E2D\u6587</form>";
        assertArrayEquals(utf8(HEAD + form + "<i>t\u00F6k</i><b>t\u00F6k</b>" + TAIL), shell.fill(form, "t\u00F6k"));
    }

    @Test
    void oneShellServesManyVisitors() {
        // The shell is cached and shared: filling it for one visitor must not leave anything behind for the next.
        PageShell shell = PageShell.split(HEAD + TOKEN + TAIL, TOKEN);
        byte[] first = shell.fill("token-\u00E4");
        byte[] second = shell.fill("token-\u00F6\u00F6");
        assertArrayEquals(utf8(HEAD + "token-\u00E4" + TAIL), first);
        assertArrayEquals(utf8(HEAD + "token-\u00F6\u00F6" + TAIL), second);
    }

    @Test
    void holesMayStandAtEitherEndOrBeFilledWithNothing() {
        assertArrayEquals(utf8("x" + TAIL), PageShell.split(TOKEN + TAIL, TOKEN).fill("x"));
        assertArrayEquals(utf8(HEAD + "x"), PageShell.split(HEAD + TOKEN, TOKEN).fill("x"));
        assertArrayEquals(utf8(HEAD + TAIL), PageShell.split(HEAD + TOKEN + TAIL, TOKEN).fill(""));
    }

    @Test
    void aShellCanBeBuiltFromAnotherOne() {
        PageShell page = PageShell.split(HEAD + FORM + TAIL, FORM);
        PageShell withForm = PageShell.split(page.fillAsString("<input value=\"" + TOKEN + "\">"), TOKEN);
        assertEquals(HEAD + "<input value=\"abc\">" + TAIL, new String(withForm.fill("abc"), StandardCharsets.UTF_8));
    }

    @Test
    void everyNamedMarkerMustAppear() {
        assertThrows(IllegalStateException.class, () -> PageShell.split(HEAD + TAIL, TOKEN));
        assertThrows(IllegalStateException.class, () -> PageShell.split(HEAD + TOKEN + TAIL, TOKEN, FORM));
    }

    @Test
    void aMarkerThatWasNotNamedIsRefused() {
        assertThrows(IllegalStateException.class, () -> PageShell.split(HEAD + TOKEN + FORM + TAIL, TOKEN));
    }

    @Test
    void fillNeedsOneValuePerMarker() {
        PageShell shell = PageShell.split(HEAD + TOKEN + FORM + TAIL, TOKEN, FORM);
        assertThrows(IllegalArgumentException.class, () -> shell.fill("only one"));
    }

    @Test
    void markersAreUnguessableAndDistinct() {
        assertNotEquals(FORM, TOKEN);
        assertEquals(true, FORM.length() > 40, "a random part of 128 bits");
    }
}
