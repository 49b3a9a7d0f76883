package org.parley.shared.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

    private static final int MAX = 40;

    // Relative to the project directory, Maven's working directory for tests: the corpus is shared between
    // checkouts instead of being copied into the repository.
    private static final Path BLNS = Path.of("../shared/data/blns/blns.txt");

    /** The two cleaners, so that rules they share are checked on both. */
    enum Kind {
        NAME {
            @Override
            CleanText.Result clean(String raw, int max) {
                return CleanText.singleLine(raw, "name", max);
            }
        },
        TEXT {
            @Override
            CleanText.Result clean(String raw, int max) {
                return CleanText.multiLine(raw, "comment", max);
            }
        };

        abstract CleanText.Result clean(String raw, int max);

        CleanText.Result clean(String raw) {
            return clean(raw, MAX);
        }
    }

    private static CleanText.Result name(String raw) {
        return Kind.NAME.clean(raw);
    }

    private static CleanText.Result text(String raw) {
        return Kind.TEXT.clean(raw);
    }

    private static void assertAccepted(String expected, CleanText.Result result) {
        assertTrue(result.isValid(), () -> "expected acceptance but got: " + result.error());
        assertEquals(expected, result.value());
    }

    private static void assertRefused(CleanText.Result result) {
        assertAll(
                () -> assertFalse(result.isValid(), () -> "expected refusal but got: " + escape(result.value())),
                () -> assertNull(result.value(), "a refusal must not also carry a value"),
                () -> assertFalse(result.error() == null || result.error().isBlank(),
                        "a refusal must tell the reader why"));
    }

    /** Invisible characters make failure messages useless unless spelled out. */
    private static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.toString();
    }

    // ---- rules shared by names and texts ------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void combiningAccentIsComposedToNfc(Kind kind) {
        // "René" typed with a combining acute must equal the precomposed spelling, or filters and lookups split.
        CleanText.Result result = kind.clean("Rene\u0301");
        assertAccepted("Ren\u00E9", result);
        assertEquals(4, result.value().length());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nulIsRefusedWithAMessageNamingIt(Kind kind) {
        // Refused rather than removed: PostgreSQL cannot store it, and nobody types it by accident.
        CleanText.Result result = kind.clean("ab\u0000cd");
        assertRefused(result);
        assertTrue(result.error().contains("NUL"), result.error());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void missingInputIsRefused(Kind kind) {
        assertRefused(kind.clean(null));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("blankInputs")
    void blankInputIsRefusedWithAPleaseMessage(Kind kind, String raw) {
        CleanText.Result result = kind.clean(raw);
        assertRefused(result);
        assertTrue(result.error().startsWith("Please"), result.error());
    }

    static Stream<Arguments> blankInputs() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of("", " ", "   \t  ", "\n\r\n", "\u3000 \u2003")
                .map(blank -> Arguments.of(kind, blank)));
    }

    @ParameterizedTest(name = "{0}: {2} x U+{1}")
    @MethodSource("lengthCases")
    void exactlyTheLimitInCodePointsIsAcceptedAndOneMoreIsRefused(Kind kind, String codePointHex, int max) {
        String unit = Character.toString(Integer.parseInt(codePointHex, 16));
        // Lengths are what a reader counts: an emoji is one character though Java stores it as two chars.
        String exact = unit.repeat(max);
        String over = unit.repeat(max + 1);

        assertAccepted(exact, kind.clean(exact, max));
        CleanText.Result refused = kind.clean(over, max);
        assertRefused(refused);
        assertTrue(refused.error().contains((max + 1) + " characters") && refused.error().contains("is " + max),
                refused.error());
    }

    static Stream<Arguments> lengthCases() {
        // ASCII (1 UTF-8 byte), CJK (3 bytes, 1 char), emoji (4 bytes, 2 chars): all one code point each.
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, "0061", 40),
                Arguments.of(kind, "4E2D", 40),
                Arguments.of(kind, "1F600", 40),
                Arguments.of(kind, "1F600", 1)));
    }

    @Test
    void anEmojiIsTwoJavaCharsButOneCodePoint() {
        // Guards the premise of the length table above: had it been one char, the emoji row would prove nothing.
        String emoji = "\uD83D\uDE00";
        assertEquals(2, emoji.length());
        assertAccepted(emoji, CleanText.singleLine(emoji, "name", 1));
        assertAccepted(emoji, CleanText.multiLine(emoji, "comment", 1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void lengthIsCountedAfterNormalisationNotOnTheRawInput(Kind kind) {
        // Five code points typed, four after NFC: the reader sees four letters, so a limit of four must pass.
        assertAccepted("Ren\u00E9", kind.clean("Rene\u0301", 4));
    }

    // ---- names --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {
            "202E", // right-to-left override: reverses what follows
            "202A", "202D", "200E", "200F", "061C", // other direction marks and embeddings
            "2066", "2069", // isolates
            "200B", "200C", "200D", "2060", // zero-width space, non-joiner, joiner, word joiner
            "00AD", // soft hyphen
            "FEFF", // byte order mark / zero-width no-break space
            "0007", "001B", "007F", "0085", // bell, escape, delete, next line
            "E0041", // tag character, invisible
    })
    void nameWithInvisibleOrControlCharacterIsRefusedNamingTheCodePoint(String hex) {
        CleanText.Result result = name("Anna" + Character.toString(Integer.parseInt(hex, 16)) + "Berg");
        assertRefused(result);
        assertTrue(result.error().contains("U+" + hex), result.error());
    }

    @Test
    void nameWithRightToLeftOverrideIsRefused() {
        // What follows the override is displayed reversed: readers would see "Moderator", not what is stored.
        CleanText.Result result = name("Mode\u202Erotar");
        assertRefused(result);
        assertTrue(result.error().contains("U+202E"), result.error());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF"})
    void nameWithLoneSurrogateIsRefused(String surrogate) {
        assertRefused(name("Anna" + surrogate));
        assertRefused(name(surrogate + "Anna"));
    }

    @Test
    void nameWithLowSurrogateBeforeHighSurrogateIsRefused() {
        // Reversed halves are two lone surrogates, not a pair.
        assertRefused(name("a\uDE00\uD83Db"));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"  Anna Berg  \"         | Anna Berg",
            "\"Anna    Berg\"          | Anna Berg",
            "\"\tAnna \t Maria  Berg\n\" | Anna Maria Berg",
            "\"Anna\r\nBerg\"          | Anna Berg",
    })
    void nameIsTrimmedAndInnerWhitespaceRunsAreFolded(String raw, String expected) {
        // Tabs and line breaks are folded to a space before the control-character check, so they are not refused.
        assertAccepted(expected, name(raw));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Zo\u00EB \u0141\u00F3d\u017A", "\u5C71\u7530 \u592A\u90CE", "\u0645\u062D\u0645\u062F",
            "\u05D9\u05E2\u05DC", "\u0928\u093F\u0916\u093F\u0932", "Anna \uD83D\uDE00"})
    void nameInAnyScriptIsKeptAsTyped(String raw) {
        // Right-to-left scripts such as Arabic and Hebrew are letters, not direction controls, and must pass.
        assertAccepted(raw, name(raw));
    }

    @Test
    void nameWithEmojiZwjSequenceIsRefusedBecauseZwjIsInvisible() {
        // Deliberate asymmetry with texts: a name has no need for joiners, and they can hide inside look-alikes.
        assertRefused(name("Dev \uD83D\uDC69\u200D\uD83D\uDCBB"));
    }

    @Test
    void errorMessageNamesTheField() {
        CleanText.Result result = CleanText.singleLine("", "user name", 40);
        assertEquals("Please enter your user name.", result.error());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"\u00A0", "\u00A0\u00A0\u00A0", "\u2007", "\u202F", " \u00A0 "})
    void nameMadeOnlyOfNoBreakSpacesIsRefusedAsBlank(String raw) {
        assertRefused(name(raw));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Anna\u2003\u2003Berg", "Anna\u3000\u3000Berg", "Anna\u00A0\u00A0Berg"})
    void nameWithInnerRunOfUnicodeSpacesIsFoldedToOneSpace(String raw) {
        assertAccepted("Anna Berg", name(raw));
    }

    // ---- texts --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "crlf, 'one\r\ntwo', 'one\ntwo'",
            "cr, 'one\rtwo', 'one\ntwo'",
            "lf, 'one\ntwo', 'one\ntwo'",
            "mixed, 'a\r\nb\rc\nd\r\n\r\ne', 'a\nb\nc\nd\n\ne'",
    })
    void lineBreaksBecomeLineFeeds(String label, String raw, String expected) {
        assertAccepted(expected, CleanText.multiLine(raw, "comment", 100));
    }

    @Test
    void crlfCountsAsOneCharacterTowardsTheLimit() {
        // "a\r\nb" is three characters once cleaned; counting the raw CR would refuse text the reader sees fit.
        assertAccepted("a\nb", CleanText.multiLine("a\r\nb", "comment", 3));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E",
            "200F", "061C", "0001", "0007", "0008", "000B", "000C", "001B", "007F", "0085", "009B"})
    void textLosesDirectionAndControlCharacters(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        assertAccepted("abcdef", text("abc" + c + "def"));
    }

    @Test
    void textKeepsLineFeedsAndTabs() {
        assertAccepted("a\tb\nc\t\td", text("a\tb\nc\t\td"));
    }

    @Test
    void textIsTrimmedButInnerBlankLinesStay() {
        assertAccepted("first\n\n  second", text("\n\n  first\n\n  second  \n\t"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "technologist, \uD83D\uDC69\u200D\uD83D\uDCBB",
            "family, \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "rainbow flag, \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "devanagari half form, \u0915\u094D\u200D\u0937",
    })
    void textKeepsZeroWidthJoinerInsideSequences(String label, String sequence) {
        // Without the joiner, the technologist turns into a woman next to a laptop.
        String raw = "I am " + sequence + " ok";
        assertAccepted(raw, text(raw));
    }

    @Test
    void textMadeOnlyOfRemovedCharactersIsRefusedAsEmpty() {
        // Non-blank as typed, empty once the direction marks are gone: nothing is left to publish.
        CleanText.Result result = text("\u202E\u2066\u0007\u2069");
        assertRefused(result);
        assertTrue(result.error().startsWith("Please"), result.error());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "high alone, 'a\uD800b', ab",
            "low alone, 'a\uDC00b', ab",
            "high at end, 'ab\uDBFF', ab",
            "low at start, '\uDFFFab', ab",
            "swapped pair, 'a\uDE00\uD83Db', ab",
    })
    void textLosesLoneSurrogates(String label, String raw, String expected) {
        assertAccepted(expected, text(raw));
    }

    @Test
    void textKeepsValidSurrogatePairs() {
        assertAccepted("a\uD83D\uDE00b\uD83D\uDE00", text("a\uD83D\uDE00b\uD83D\uDE00"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "2066", "0007"})
    void textIsStillNfcAfterCharactersAreRemoved(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        CleanText.Result result = text("Rene" + c + "\u0301");
        assertTrue(result.isValid(), result::error);
        assertTrue(Normalizer.isNormalized(result.value(), Normalizer.Form.NFC), () -> escape(result.value()));
        assertEquals("Ren\u00E9", result.value());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"\u200B", "\u200B\u200B\u200B", "\u2060", "\uFEFF", "\u00A0", "\u200D"})
    void textMadeOnlyOfInvisibleCharactersIsRefusedAsBlank(String raw) {
        assertRefused(text(raw));
    }

    // ---- hostile input ------------------------------------------------------------------------------------

    @Test
    void bigListOfNaughtyStringsNeverThrowsAndNeverYieldsDangerousCharacters() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(BLNS),
                "naughty strings corpus not found at " + BLNS.toAbsolutePath().normalize());
        // Decoded leniently: a malformed byte in the corpus must become U+FFFD, not end the test.
        List<String> lines = new String(Files.readAllBytes(BLNS), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertFalse(lines.isEmpty(), "the corpus has no test strings");

        List<String> failures = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            for (Kind kind : Kind.values()) {
                CleanText.Result result;
                try {
                    result = kind.clean(line, 10_000);
                } catch (RuntimeException e) {
                    failures.add(kind + " threw " + e + " on string #" + lineNo + ": " + escape(line));
                    continue;
                }
                if (result.isValid() == (result.error() != null) || result.isValid() == (result.value() == null)) {
                    failures.add(kind + " gave neither or both value and error on #" + lineNo);
                } else if (result.isValid()) {
                    String problem = dangerous(result.value());
                    if (problem != null) {
                        failures.add(kind + " kept " + problem + " from #" + lineNo + ": " + escape(line));
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problems:\n" + String.join("\n", failures));
        }
    }

    @Test
    void surrogateAndNulHeavyInputIsNeverAcceptedWithThemInside() {
        // The corpus file is UTF-8, which cannot carry lone surrogates, so these are built here instead.
        String[] hostile = {
                "\uD800", "\uDC00\uD800", "x\uD83D", "\uDE00x", "\u202E\uD800\u202E", "a\u0000\uD800",
                "\uD83D\uDE00\uDE00", "\uD83D\uD83D\uDE00", "\u202Eevil\u202C\uDBFF\uDFFF"};
        for (String raw : hostile) {
            for (Kind kind : Kind.values()) {
                CleanText.Result result = kind.clean(raw);
                if (result.isValid()) {
                    assertNull(dangerous(result.value()), () -> kind + " on " + escape(raw));
                }
            }
        }
    }

    /** What no accepted value may contain, described for the failure message; null when clean. */
    private static String dangerous(String value) {
        if (value.indexOf('\u0000') >= 0) {
            return "U+0000";
        }
        if (value.indexOf('\u202E') >= 0) {
            return "U+202E";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "a lone high surrogate";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "a lone low surrogate";
            }
        }
        return null;
    }
}
