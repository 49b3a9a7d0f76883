package org.parley.filter.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.filter.InvalidRuleException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two tables the {@link Normaliser} reads disguised letters with: leetspeak (symbols and digits to the letter
 * they stand for) and look-alikes (letters of other scripts to the Latin letters a reader sees). They are data of
 * the rule set, so that admins can change them and a rule-set version judges the same way whenever it is
 * restored. Parley ships one pair ({@code filter/leet.tsv}, {@code filter/lookalikes.tsv}); a rule set that does
 * not say otherwise uses those, so improvements to them reach installations that never changed them.
 *
 * <p>As text (files, the admin page) each entry is a line: the character, white space, the letter(s), and
 * optionally more white space and a note; lines starting with {@code #} are notes. A character that is hard to
 * type or to tell apart may be written as its code point, {@code U+0430}.
 */
public record NormaliserTables(SortedMap<Character, Character> leet, SortedMap<Integer, String> lookalikes) {

    /** The two tables, with their names in JSON and in error fields ({@code tables.leet}). */
    public enum Table {
        LEET("leet", "/filter/leet.tsv"),
        LOOKALIKES("lookalikes", "/filter/lookalikes.tsv");

        private final String key;
        private final String resource;

        Table(String key, String resource) {
            this.key = key;
            this.resource = resource;
        }

        public String key() {
            return key;
        }

        /** The field an error in this table is reported on. */
        public String field() {
            return "tables." + key;
        }
    }

    private static final Pattern CODE_POINT = Pattern.compile("(?i)U\\+([0-9A-F]{4,6})");
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+)(?:\\s+.*)?");

    /**
     * @throws InvalidRuleException naming the table and the entry at fault, if an entry could never apply or
     *                              would rewrite plain text (see {@link Normaliser#Normaliser})
     */
    public NormaliserTables {
        TreeMap<Character, Character> checkedLeet = new TreeMap<>();
        leet.forEach((symbol, letter) -> {
            try {
                checkedLeet.put(symbol, checkedLeet(symbol, letter));
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException("leetspeak table: " + e.getMessage(), Table.LEET.field(), e);
            }
        });
        TreeMap<Integer, String> checkedLookalikes = new TreeMap<>();
        lookalikes.forEach((codePoint, latin) -> {
            try {
                checkedLookalikes.put(codePoint, checkedLookalike(codePoint, latin));
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException("look-alike table: " + e.getMessage(), Table.LOOKALIKES.field(), e);
            }
        });
        leet = Collections.unmodifiableSortedMap(checkedLeet);
        lookalikes = Collections.unmodifiableSortedMap(checkedLookalikes);
    }

    /** The tables Parley ships. */
    public static NormaliserTables shipped() {
        return Shipped.TABLES;
    }

    public boolean isShipped() {
        return equals(shipped());
    }

    /**
     * The tables of a rule pack's {@code "tables"} object; one left out (or the whole object) is as in
     * {@code base}.
     *
     * @throws InvalidRuleException naming the field ({@code tables.leet}) at fault
     */
    public static NormaliserTables fromJson(JsonNode node, NormaliserTables base) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new InvalidRuleException("tables must be an object: {\"leet\": {...}, \"lookalikes\": {...}}",
                    "tables", null);
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!key.equals(Table.LEET.key()) && !key.equals(Table.LOOKALIKES.key())) {
                throw new InvalidRuleException("tables has leet and lookalikes, not " + key, "tables." + key, null);
            }
        }
        SortedMap<Character, Character> leet = node.has(Table.LEET.key())
                ? leetFrom(entries(node.get(Table.LEET.key()), Table.LEET)) : base.leet();
        SortedMap<Integer, String> lookalikes = node.has(Table.LOOKALIKES.key())
                ? lookalikesFrom(entries(node.get(Table.LOOKALIKES.key()), Table.LOOKALIKES)) : base.lookalikes();
        return new NormaliserTables(leet, lookalikes);
    }

    /** {@code {"leet": {"4": "a", ...}, "lookalikes": {"а": "a", ...}}} */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode l = node.putObject(Table.LEET.key());
        leet.forEach((symbol, letter) -> l.put(String.valueOf(symbol), String.valueOf(letter)));
        ObjectNode a = node.putObject(Table.LOOKALIKES.key());
        lookalikes.forEach((codePoint, latin) -> a.put(Character.toString(codePoint), latin));
        return node;
    }

    /**
     * One table read from text, every other table as in {@code this}.
     *
     * @throws InvalidRuleException naming the table and the line at fault
     */
    public NormaliserTables withText(Table table, String text) {
        Map<String, String> entries = new TreeMap<>();
        String[] lines = text == null ? new String[0] : text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            String where = "line " + (i + 1) + ": ";
            if (!m.matches()) {
                throw new InvalidRuleException(where + "expected a character, a space and "
                        + (table == Table.LEET ? "a letter" : "letters") + ", as in \""
                        + (table == Table.LEET ? "4 a" : "U+0430 a") + "\"", table.field(), null);
            }
            String key = character(m.group(1), table, where);
            if (entries.put(key, m.group(2)) != null) {
                throw new InvalidRuleException(where + describe(key.codePointAt(0)) + " is listed twice",
                        table.field(), null);
            }
            try {
                if (table == Table.LEET) {
                    leetFrom(Map.of(key, m.group(2))).forEach(NormaliserTables::checkedLeet);
                } else {
                    lookalikesFrom(Map.of(key, m.group(2))).forEach(NormaliserTables::checkedLookalike);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException(where + e.getMessage(), table.field(), e);
            }
        }
        return table == Table.LEET ? new NormaliserTables(leetFrom(entries), lookalikes)
                : new NormaliserTables(leet, lookalikesFrom(entries));
    }

    /** One table as text, an entry a line, characters that are not plain to see with their code point and name. */
    public String text(Table table) {
        StringBuilder out = new StringBuilder();
        if (table == Table.LEET) {
            // A '#' first on a line would make the line a note: it is written as its code point.
            leet.forEach((symbol, letter) -> out.append(symbol == '#' ? "U+0023" : String.valueOf(symbol))
                    .append('\t').append(letter).append(symbol < 0x80 ? "" : "\t" + describe(symbol)).append('\n'));
        } else {
            lookalikes.forEach((codePoint, latin) -> out.append(Character.toString(codePoint)).append('\t')
                    .append(latin).append('\t').append(describe(codePoint)).append('\n'));
        }
        return out.toString();
    }

    /** {@code U+0430 CYRILLIC SMALL LETTER A} */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    private static String character(String token, Table table, String where) {
        Matcher cp = CODE_POINT.matcher(token);
        if (cp.matches()) {
            int codePoint = Integer.parseInt(cp.group(1), 16);
            if (!Character.isValidCodePoint(codePoint)) {
                throw new InvalidRuleException(where + token + " is not a character", table.field(), null);
            }
            return Character.toString(codePoint);
        }
        if (token.codePointCount(0, token.length()) != 1) {
            throw new InvalidRuleException(where + "\"" + token + "\" is not one character (write U+hex for one "
                    + "that is hard to type)", table.field(), null);
        }
        return token;
    }

    private static Map<String, String> entries(JsonNode node, Table table) {
        if (node == null || !node.isObject()) {
            throw new InvalidRuleException("tables." + table.key() + " must be an object of character to "
                    + (table == Table.LEET ? "letter" : "letters"), table.field(), null);
        }
        Map<String, String> entries = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new InvalidRuleException("tables." + table.key() + ": the value of \"" + e.getKey()
                        + "\" must be a string", table.field(), null);
            }
            entries.put(character(e.getKey(), table, ""), e.getValue().asText());
        }
        return entries;
    }

    private static SortedMap<Character, Character> leetFrom(Map<String, String> entries) {
        TreeMap<Character, Character> leet = new TreeMap<>();
        entries.forEach((symbol, letter) -> {
            if (symbol.length() != 1) {
                throw new InvalidRuleException("leetspeak table: " + describe(symbol.codePointAt(0))
                        + " is outside the characters leetspeak can use", Table.LEET.field(), null);
            }
            if (letter.length() != 1) {
                throw new InvalidRuleException("leetspeak table: " + symbol + " must stand for one letter, not \""
                        + letter + "\"", Table.LEET.field(), null);
            }
            leet.put(symbol.charAt(0), letter.charAt(0));
        });
        return leet;
    }

    private static SortedMap<Integer, String> lookalikesFrom(Map<String, String> entries) {
        TreeMap<Integer, String> lookalikes = new TreeMap<>();
        entries.forEach((character, latin) -> lookalikes.put(character.codePointAt(0), latin));
        return lookalikes;
    }

    /** The shipped tables, read on first use. */
    private static final class Shipped {

        static final NormaliserTables TABLES = read();

        private static NormaliserTables read() {
            NormaliserTables none = new NormaliserTables(new TreeMap<>(), new TreeMap<>());
            try {
                return none.withText(Table.LEET, resource(Table.LEET))
                        .withText(Table.LOOKALIKES, resource(Table.LOOKALIKES));
            } catch (InvalidRuleException e) {
                throw new IllegalStateException("the shipped normaliser tables are broken: " + e.getMessage(), e);
            }
        }

        private static String resource(Table table) {
            try (InputStream in = NormaliserTables.class.getResourceAsStream(table.resource)) {
                if (in == null) {
                    throw new IllegalStateException(table.resource + " is missing from the class path");
                }
                return new String(in.readAllBytes(), UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table.resource, e);
            }
        }
    }

    private static String checkedLookalike(Integer codePoint, String latin) {
        Objects.requireNonNull(codePoint, "look-alike code point");
        Objects.requireNonNull(latin, "look-alike letters");
        if (!Character.isValidCodePoint(codePoint) || codePoint < 0x80) {
            throw new IllegalArgumentException("look-alikes must be non-ASCII characters; got " + name(codePoint)
                    + " (folding ASCII would rewrite plain words, as m to rn)");
        }
        if (!Character.isLetter(codePoint)) {
            throw new IllegalArgumentException("the look-alike " + name(codePoint) + " is not a letter; "
                    + "digits and symbols that stand for letters belong in the leet table");
        }
        String alone = Character.toString(codePoint);
        if (CodePointFolds.isInvisible(codePoint) || !Normalizer.normalize(alone, Normalizer.Form.NFKD).equals(alone)) {
            throw new IllegalArgumentException("the look-alike " + name(codePoint) + " would never apply: "
                    + "NFKC, accent removal or dropping invisible characters already changes it");
        }
        if (latin.isEmpty() || !latin.chars().allMatch(NormaliserTables::isAsciiLetter)) {
            throw new IllegalArgumentException("the look-alike " + name(codePoint)
                    + " must fold to ASCII letters, not \"" + latin + "\"");
        }
        return latin.toLowerCase(Locale.ROOT);
    }

    private static Character checkedLeet(Character symbol, Character letter) {
        Objects.requireNonNull(symbol, "leet symbol");
        Objects.requireNonNull(letter, "leet letter");
        String alone = String.valueOf(symbol.charValue());
        if (Character.isLetter(symbol) || Character.isWhitespace(symbol) || Character.isSurrogate(symbol)) {
            throw new IllegalArgumentException("the leet symbol " + name(symbol)
                    + " must be a digit or a symbol; letters belong in the look-alike table");
        }
        if (CodePointFolds.isInvisible(symbol) || CodePointFolds.isMark(symbol) || !Normalizer.normalize(alone, Normalizer.Form.NFKD).equals(alone)) {
            throw new IllegalArgumentException("the leet symbol " + name(symbol) + " would never apply: "
                    + "NFKC or dropping invisible characters already changes it");
        }
        if (!isAsciiLetter(letter)) {
            throw new IllegalArgumentException("the leet symbol " + name(symbol) + " must stand for an ASCII letter, "
                    + "not '" + letter + "'");
        }
        return Character.toLowerCase(letter);
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
