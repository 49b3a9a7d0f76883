package org.parley.filter.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Ways to reach or pay someone, which is what advertising leaves in a comment: phone numbers, e-mail addresses,
 * social handles, sums of money and crypto wallets. Reads the original text: digits and symbols matter here.
 */
public final class ContactRule implements Rule {

    /** The kinds of contact or payment detail. */
    public enum Kind {
        PHONE("(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{2,6}(?:[\\s.-]\\d{2,6}){1,4}|\\+?\\d{10,14}"),
        EMAIL("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}"),
        HANDLE("(?i)(?:^|[\\s(])@[a-z0-9_]{3,30}\\b"),
        // Longer suffixes first: RE2 takes the first alternative that matches, and "m" would cut "million".
        MONEY("(?i)(?:[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|k|m)\\b)?"
                + "|\\b\\d[\\d,.]*\\s?(?:million|billion|k|m)?\\s?(?:usd|dollars|euros?|eur|gbp|bucks)\\b)"),
        CRYPTO("(?i)\\b(?:bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-f0-9]{40})\\b"
                + "|\\b(?:bitcoin|btc|ethereum|usdt|crypto ?wallet|binance)\\b");

        final Pattern pattern;

        Kind(String regex) {
            this.pattern = Pattern.compile(regex);
        }
    }

    /** The rule's data: which kinds to look for, in which field. */
    public record Params(List<Kind> kinds, Field field) {
        public Params {
            if (kinds == null || kinds.isEmpty()) {
                throw new IllegalArgumentException("name at least one kind: PHONE, EMAIL, HANDLE, MONEY, CRYPTO");
            }
            field = field == null ? Field.TEXT : field;
        }
    }

    private static final Object[] CLUES_KEYS = Arrays.stream(Field.values()).map(f -> "contact clues of " + f)
            .toArray();

    private final Set<Kind> kinds;
    private final Field field;

    public ContactRule(Params params) {
        this.kinds = EnumSet.copyOf(params.kinds());
        this.field = params.field();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.original(field);
        // Several contact rules (contact details, money) read one text: its clues are gathered once.
        Clues clues = input.remember(CLUES_KEYS[field.ordinal()], () -> Clues.of(text));
        for (Kind kind : kinds) {
            if (!clues.allow(kind)) {
                continue;
            }
            Matcher m = kind.pattern.matcher(text);
            while (m.find()) {
                input.budget().tick();
                int start = m.start();
                // A handle's pattern starts at the space or bracket before the "@"; the handle starts after it.
                while (kind == Kind.HANDLE && start < m.end() && text.charAt(start) != '@') {
                    start++;
                }
                // Dates and figures look like numbers too; a phone number has at least nine digits.
                if (m.end() > start && (kind != Kind.PHONE || digits(text, start, m.end()) >= 9)) {
                    matches.add(field, start, m.end());
                }
            }
        }
    }

    /**
     * What a text must contain before a pattern is worth running: regex passes over every comment cost more
     * than the rest of the filter, and most comments hold no digits and no "@". The words that hint at money
     * or crypto are looked for only when the chars alone do not decide.
     */
    private static final class Clues {

        private final String text;
        private final int digits;
        private final boolean at;
        private final boolean currencySign;
        private final int longestToken;

        private Clues(String text, int digits, boolean at, boolean currencySign, int longestToken) {
            this.text = text;
            this.digits = digits;
            this.at = at;
            this.currencySign = currencySign;
            this.longestToken = longestToken;
        }

        static Clues of(String text) {
            int digits = 0;
            boolean at = false;
            boolean currency = false;
            int longest = 0;
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                run = digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? run + 1 : 0;
                longest = Math.max(longest, run);
                if (digit) {
                    digits++;
                } else if (c == '@') {
                    at = true;
                } else if (c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5') {
                    currency = true;
                }
            }
            return new Clues(text, digits, at, currency, longest);
        }

        boolean allow(Kind kind) {
            return switch (kind) {
                case PHONE -> digits >= 9;
                case EMAIL, HANDLE -> at;
                case MONEY -> digits > 0 && (currencySign || hints().money);
                case CRYPTO -> longestToken >= 25 || hints().crypto;
            };
        }

        private Hints hints;

        /** The words that hint at money or crypto, looked for once and only when a kind asks. */
        private Hints hints() {
            if (hints == null) {
                hints = Hints.of(text);
            }
            return hints;
        }

        private record Hints(boolean money, boolean crypto) {

            /** Whether the text holds, in any case, one of the words; each place is tried by its first letter. */
            static Hints of(String text) {
                boolean money = false;
                boolean crypto = false;
                for (int i = 0; i < text.length() && !(money && crypto); i++) {
                    switch (lower(text.charAt(i))) {
                        case 'u' -> {
                            money |= startsWith(text, i, "usd");
                            crypto |= startsWith(text, i, "usdt");
                        }
                        case 'd' -> money |= startsWith(text, i, "dollar");
                        case 'e' -> {
                            money |= startsWith(text, i, "eur");
                            crypto |= startsWith(text, i, "ethereum");
                        }
                        case 'g' -> money |= startsWith(text, i, "gbp");
                        case 'b' -> {
                            money |= startsWith(text, i, "buck");
                            crypto |= startsWith(text, i, "bitcoin") || startsWith(text, i, "btc")
                                    || startsWith(text, i, "binance");
                        }
                        case 'c' -> crypto |= startsWith(text, i, "crypto");
                        default -> {
                        }
                    }
                }
                return new Hints(money, crypto);
            }
        }

        /**
         * The char as the root locale lower-cases it where that gives an ASCII letter: A to Z and the Kelvin
         * sign; "İ" lower-cases to two chars, an i and a dot, so it never starts or continues one of the words.
         */
        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\u212A' ? 'k' : c;
        }

        private static boolean startsWith(String text, int at, String lowerWord) {
            if (at + lowerWord.length() > text.length()) {
                return false;
            }
            for (int k = 1; k < lowerWord.length(); k++) {
                if (lower(text.charAt(at + k)) != lowerWord.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int digits(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
