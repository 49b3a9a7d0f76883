package org.parley.shared.text;

import java.text.Normalizer;

/**
 * Cleans text typed by readers before it is validated, filtered or stored: Unicode NFC, one kind of line
 * break, no characters that could spoof the page (text-direction overrides) or that some databases cannot
 * store (NUL, lone surrogates). Lengths are counted in code points, the unit a reader sees.
 */
public final class CleanText {

    /** What is wrong with a text, for a message in the reader's language. */
    public enum Problem {
        MISSING, NUL, INVISIBLE, TOO_LONG
    }

    /**
     * The outcome: either the cleaned value or what is wrong, never both. {@code error} says it in English
     * (for staff forms); {@code found} is the offending code point (INVISIBLE) or the length (TOO_LONG), and
     * {@code limit} the maximum length.
     */
    public record Result(String value, String error, Problem problem, int found, int limit) {
        static Result ok(String value) {
            return new Result(value, null, null, 0, 0);
        }

        static Result invalid(String error, Problem problem) {
            return new Result(null, error, problem, 0, 0);
        }

        public boolean isValid() {
            return error == null;
        }
    }

    private CleanText() {
    }

    /**
     * A one-line name: surrounding space trimmed and inner runs of space folded; any control, invisible or
     * text-direction character is refused, because a name is where impersonation and reversal tricks go.
     */
    public static Result singleLine(String raw, String label, int maxCodePoints) {
        if (raw == null || raw.isBlank()) {
            return Result.invalid("Please enter your " + label + ".", Problem.MISSING);
        }
        if (raw.indexOf('\0') >= 0) {
            return Result.invalid("Your " + label + " contains a NUL character, which is not allowed.", Problem.NUL);
        }
        // Every kind of space (no-break, em, ideographic) becomes one plain space, so a name cannot look like
        // another by its spacing.
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
        if (text.isEmpty()) {
            return Result.invalid("Please enter your " + label + ".", Problem.MISSING);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isControl(cp) || isDirectionControl(cp) || isInvisible(cp) || isLoneSurrogate(text, i)) {
                return new Result(null, "Your " + label + " contains an invisible or control character ("
                        + codePoint(cp) + "); please use visible letters only.", Problem.INVISIBLE, cp, maxCodePoints);
            }
            i += Character.charCount(cp);
        }
        return checkLength(text, label, maxCodePoints);
    }

    /**
     * Multi-line text: line breaks kept (as {@code \n}), text-direction controls and other control characters
     * removed (they cannot be seen, only misused), zero-width joiners kept because emoji and several scripts
     * need them.
     */
    public static Result multiLine(String raw, String label, int maxCodePoints) {
        if (raw == null || raw.isBlank()) {
            return Result.invalid("Please write your " + label + ".", Problem.MISSING);
        }
        if (raw.indexOf('\0') >= 0) {
            return Result.invalid("Your " + label + " contains a NUL character, which is not allowed.", Problem.NUL);
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean keep = cp == '\n' || cp == '\t'
                    || !(isControl(cp) || isDirectionControl(cp) || isLoneSurrogate(text, i));
            if (keep) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        // NFC after removing, so that letters the removed characters stood between still compose.
        String cleaned = Normalizer.normalize(out.toString(), Normalizer.Form.NFC).strip();
        if (cleaned.codePoints().allMatch(CleanText::isBlankLooking)) {
            return Result.invalid("Please write your " + label + ".", Problem.MISSING);
        }
        return checkLength(cleaned, label, maxCodePoints);
    }

    /** "U+202E": how a character that cannot be shown is named to the reader. */
    public static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    /** Space, or a character that shows nothing on its own (zero-width, joiners, BOM). */
    private static boolean isBlankLooking(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp);
    }

    private static Result checkLength(String text, String label, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return new Result(null, "Your " + label + " is " + length + " characters long; the limit is " + max + ".",
                    Problem.TOO_LONG, length, max);
        }
        return Result.ok(text);
    }

    private static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL;
    }

    static boolean isDirectionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E
                || (cp >= 0xE0000 && cp <= 0xE007F) || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isLoneSurrogate(String s, int i) {
        return Character.isSurrogate(s.charAt(i)) && !Character.isSupplementaryCodePoint(s.codePointAt(i));
    }
}
