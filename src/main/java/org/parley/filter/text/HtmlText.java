package org.parley.filter.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The little HTML a comment may carry: tags of known elements and character references. Hand-written rather
 * than a regex: it runs for every '&lt;' and '&amp;' of every comment, in linear time whatever the input.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Elements drawn inside a line of text; such a tag inside a word leaves the word whole. */
    private static final String[] INLINE_ELEMENTS = {
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr",
    };

    /** Elements that break the line, make a box or replace content: always a word break. */
    private static final String[] BREAKING_ELEMENTS = {
            "address", "article", "aside", "audio", "blockquote", "body", "br", "button", "caption", "center",
            "dd", "details", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "img", "input", "label",
            "legend", "li", "link", "main", "marquee", "meta", "nav", "object", "ol", "option", "p", "pre",
            "script", "section", "select", "source", "style", "summary", "table", "tbody", "td", "textarea",
            "tfoot", "th", "thead", "title", "tr", "ul", "video",
    };

    /** Decimal digits of the largest code point, 1114111; longer references are not decoded. */
    private static final int MAX_DECIMAL_DIGITS = 7;
    private static final int MAX_HEX_DIGITS = 6;
    private static final int MAX_NAME_LENGTH = 32;

    private static final Map<String, Integer> NAMED_REFERENCES = namedReferences();

    /** The index just past the tag of a known element that starts at {@code lt}, or -1 if none starts there. */
    static int tagEnd(String s, int lt) {
        int nameStart = nameStart(s, lt);
        int nameEnd = nameEnd(s, nameStart);
        if (nameEnd == s.length()
                || !isOneOf(INLINE_ELEMENTS, s, nameStart, nameEnd) && !isOneOf(BREAKING_ELEMENTS, s, nameStart,
                nameEnd)) {
            return -1;
        }
        char afterName = s.charAt(nameEnd);
        if (afterName != '>' && afterName != '/' && !Character.isWhitespace(afterName)) {
            return -1;
        }
        char quote = 0;
        for (int i = nameEnd; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                // Never read past the next '<', even inside quotes: a failed tag then costs no more than the
                // text up to the next one, and hostile input cannot make the pass quadratic.
                return -1;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the tag at {@code lt}, known to be one, is of an inline element. */
    static boolean isInlineTag(String s, int lt) {
        int nameStart = nameStart(s, lt);
        return isOneOf(INLINE_ELEMENTS, s, nameStart, nameEnd(s, nameStart));
    }

    private static int nameStart(String s, int lt) {
        return lt + 1 < s.length() && s.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
    }

    private static int nameEnd(String s, int nameStart) {
        int i = nameStart;
        if (i < s.length() && isAsciiLetter(s.charAt(i))) {
            i++;
            while (i < s.length() && (isAsciiLetter(s.charAt(i)) || asciiDigit(s.charAt(i), 10) >= 0)) {
                i++;
            }
        }
        return i;
    }

    private static boolean isOneOf(String[] names, String s, int from, int to) {
        int length = to - from;
        for (String name : names) {
            if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code point of the character reference ("&amp;amp;", "&amp;#102;", "&amp;#x66;") starting at
     * {@code amp}, or -1 if there is none. The closing ';' is required: without it "AT&amp;T" and "&amp;copy
     * 2024" are more likely plain text than references.
     */
    static int characterReference(String s, int amp) {
        int i = amp + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            i++;
            int radix = 10;
            int maxDigits = MAX_DECIMAL_DIGITS;
            if (i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
                radix = 16;
                maxDigits = MAX_HEX_DIGITS;
                i++;
            }
            int digitsStart = i;
            int value = 0;
            for (; i < s.length() && i - digitsStart < maxDigits && asciiDigit(s.charAt(i), radix) >= 0; i++) {
                value = value * radix + asciiDigit(s.charAt(i), radix);
            }
            boolean valid = i > digitsStart && i < s.length() && s.charAt(i) == ';'
                    && value > 0 && value <= Character.MAX_CODE_POINT
                    && Character.getType(value) != Character.SURROGATE;
            return valid ? value : -1;
        }
        int nameStart = i;
        while (i < s.length() && i - nameStart < MAX_NAME_LENGTH
                && (isAsciiLetter(s.charAt(i)) || asciiDigit(s.charAt(i), 10) >= 0)) {
            i++;
        }
        if (i == nameStart || i == s.length() || s.charAt(i) != ';') {
            return -1;
        }
        return NAMED_REFERENCES.getOrDefault(s.substring(nameStart, i), -1);
    }

    private static int asciiDigit(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }

    /**
     * The named references an author is likely to use to hide or decorate a letter: markup escapes, the
     * invisible and spacing ones, all of Latin-1 (which has the accented letters), and Greek letters.
     */
    private static Map<String, Integer> namedReferences() {
        Map<String, Integer> references = new HashMap<>();
        putInOrder(references, 0xA0, "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy "
                + "reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 "
                + "frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml "
                + "Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute "
                + "Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute "
                + "ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash "
                + "ugrave uacute ucirc uuml yacute thorn yuml");
        putInOrder(references, 0x391, "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi "
                + "Omicron Pi Rho");
        putInOrder(references, 0x3A3, "Sigma Tau Upsilon Phi Chi Psi Omega");
        putInOrder(references, 0x3B1, "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
                + "omicron pi rho sigmaf sigma tau upsilon phi chi psi omega");
        putInOrder(references, 0x2002, "ensp emsp");
        putInOrder(references, 0x200B, "ZeroWidthSpace zwnj zwj lrm rlm");
        putInOrder(references, 0x2013, "ndash mdash");
        putInOrder(references, 0x2018, "lsquo rsquo sbquo");
        putInOrder(references, 0x201C, "ldquo rdquo bdquo");
        references.putAll(Map.ofEntries(
                Map.entry("quot", 0x22), Map.entry("amp", 0x26), Map.entry("apos", 0x27),
                Map.entry("lt", 0x3C), Map.entry("gt", 0x3E), Map.entry("OElig", 0x152),
                Map.entry("oelig", 0x153), Map.entry("Scaron", 0x160), Map.entry("scaron", 0x161),
                Map.entry("Yuml", 0x178), Map.entry("fnof", 0x192), Map.entry("thinsp", 0x2009),
                Map.entry("bull", 0x2022), Map.entry("hellip", 0x2026), Map.entry("NoBreak", 0x2060),
                Map.entry("euro", 0x20AC), Map.entry("trade", 0x2122)));
        return Map.copyOf(references);
    }

    /** HTML names long stretches of code points in order; listing the names beats listing each number. */
    private static void putInOrder(Map<String, Integer> references, int first, String names) {
        String[] split = names.split(" ");
        for (int k = 0; k < split.length; k++) {
            references.put(split[k], first + k);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
