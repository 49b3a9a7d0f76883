package org.parley.filter;

import java.util.SplittableRandom;

/**
 * Texts a hostile reader would send to make the filter slow: look-alike letters, separators, links and schemes
 * (look-alike ones too), '@', digits, stacked combining marks, emoji, direction marks, markup and character
 * references, mixed at random up to the longest comment a reader may send. One seed always gives one text, so a
 * text that ever failed is kept as its seed.
 */
final class HostileTexts {

    /** The longest comment a reader may post, in code points. */
    static final int MAX_CODE_POINTS = 3000;

    private static final String[] LOOKALIKES = {"а", "е", "о", "р", "с", "у", "х", "і", "ј", "ѕ", "ο", "ρ", "ν", "α",
        "ɑ", "ⅰ", "ｈ", "ｔ", "ｐ", "Ａ", "𝐚", "𝕙", "ɡ", "ԁ", "ո", "ս"};
    private static final String[] SEPARATORS = {".", "-", "_", "*", " ", "  ", "|", "+", "/", "\\", "~", ",", "'",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\t", "\n", "…", "·"};
    private static final String[] SCHEMES = {"http://", "https://", "httр://", "httрs://", "hxxp://", "ftp://",
        "НТТР://", "ｈｔｔｐ：／／", "://", "http:/", "www.", "ww.", "www．", "mailto:", "javascript:", "h t t p : / /"};
    private static final String[] HOSTS = {"t.co", "t.со", "bit.ly", "example.com", "evil.example", "a.b.c.d.e.f",
        "xn--80ak6aa92e.com", "localhost", "127.0.0.1", "user@host.com", "bank.com@evil.com", "x.ru", "...",
        "a..b", ".com", "com.", "sub.domain.co.uk"};
    private static final String[] PATHS = {"/abc", "/", "?q=1&r=2", "#frag", "/a/b/c/d/e/f/g", "%20%ZZ", "/..",
        "/@", ":8080", "/" + "a".repeat(40)};
    private static final String[] MARKS = {"\u0301", "\u0308", "\u0336", "\u0489", "\u20DD", "\u0332", "\u034F"};
    private static final String[] EMOJI = {"😀", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇶", "🏳️‍🌈", "💩", "❤️", "🔥", "\uD83D",
        "\uDE00"};
    private static final String[] DIRECTION = {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2066", "\u2067", "\u2069", "\u061C"};
    private static final String[] MARKUP = {"<b>", "</b>", "<i", "<a href=\"", "<br/>", "<p>", "<", ">", "&amp;",
        "&#x66;", "&#102;", "&nbsp;", "&", "&#", "&#x", "&#99999999;", "<script>", "'\"", "\"", "<<<<", ">>>>"};
    private static final String[] WORDS = {"fuck", "f u c k", "f.u.c.k", "fück", "ph-uck", "sh1t", "n1gg3r", "kill",
        "k!ll", "muslims", "iraqis", "vermin", "deport", "idiot", "you", "ur", "click", "free", "money", "casino",
        "viagra", "subscribe", "check out my channel", "the", "a", "I", "and", "$$$", "@@@", "0", "1",
        "1234567890", "+1-800-555-0199", "john.smith@example.com", "@user", "#hashtag", "AAAAAAAAAA",
        "!!!!!!!!!!", "?????", "lolololol", "hahahaha", "ssssssssssss", "a.b", "x@y", "@.", "..@..", "://."};

    private HostileTexts() {
    }

    /** The text of one seed: some fragments repeated in runs, some mixed, cut at a random length. */
    static String of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int target = random.nextInt(10) == 0 ? MAX_CODE_POINTS : 1 + random.nextInt(MAX_CODE_POINTS);
        // A few fragments repeated make the runs (thousands of dots, of look-alikes, of '@') that break
        // quadratic code; the rest is a mixture.
        String[] palette = new String[1 + random.nextInt(6)];
        for (int k = 0; k < palette.length; k++) {
            palette[k] = fragment(random);
        }
        StringBuilder text = new StringBuilder();
        int codePoints = 0;
        while (codePoints < target) {
            String piece = random.nextInt(3) == 0 ? fragment(random) : palette[random.nextInt(palette.length)];
            text.append(piece);
            codePoints += piece.codePointCount(0, piece.length());
        }
        return cut(text.toString(), target);
    }

    private static String fragment(SplittableRandom random) {
        return switch (random.nextInt(11)) {
            case 0 -> pick(random, LOOKALIKES);
            case 1 -> pick(random, SEPARATORS);
            case 2 -> pick(random, SCHEMES) + pick(random, HOSTS) + (random.nextBoolean() ? pick(random, PATHS) : "");
            case 3 -> pick(random, HOSTS);
            case 4 -> "@";
            case 5 -> Integer.toString(random.nextInt(1_000_000));
            case 6 -> pick(random, MARKS).repeat(1 + random.nextInt(20));
            case 7 -> pick(random, EMOJI);
            case 8 -> pick(random, DIRECTION);
            case 9 -> pick(random, MARKUP);
            default -> pick(random, WORDS);
        };
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The first {@code codePoints} code points (a lone surrogate from the palette counts as one). */
    private static String cut(String text, int codePoints) {
        int end = 0;
        for (int k = 0; k < codePoints && end < text.length(); k++) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(0, end);
    }
}
