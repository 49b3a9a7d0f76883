package org.parley.filter.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.text.TextView;

/**
 * A comment that is keyboard mash rather than words ("jfkdlsjfkdls", "sdkjfhsdkjfh"), told from words by letter
 * statistics: a long word most of whose letter triples English words almost never contain was typed at random,
 * not spelled. Keyboard rows ("asdfgh") are only one kind of mash; hands drumming on the home row make others, and
 * no list of rows or strings can name them all. Names and foreign words are mostly made of ordinary triples, so
 * they pass ("Kadhimi", "Hezbollah"), and a comment counts only when such words carry most of its letters: one
 * odd word in a sentence is a typo or a name, not mash. The statistics are those of English spelling: a comment
 * in a language spelled very differently (Polish, Welsh) may be held for a look. Weak, like repetition: mash is
 * noise, not harm.
 */
public final class GibberishRule implements WeakRule {

    /**
     * The rule's data: how long a word must be to be judged, the share of its letter triples that must be rare
     * for it to count as mash, and the share of the text's letters such words must carry.
     */
    public record Params(Integer minLetters, Double minRareShare, Double minTextShare) {
        public Params {
            minLetters = minLetters == null ? 6 : minLetters;
            minRareShare = minRareShare == null ? 0.6 : minRareShare;
            minTextShare = minTextShare == null ? 0.5 : minTextShare;
            if (minLetters < 4 || minRareShare <= 0 || minRareShare > 1 || minTextShare <= 0 || minTextShare > 1) {
                throw new IllegalArgumentException("minLetters must be at least 4, minRareShare and minTextShare"
                        + " above 0 and at most 1");
            }
        }
    }

    private static final String TRIPLES = "/filter/letter-triples.txt";
    /** Word edges in the table: a triple may start or end a word, and mash starts and ends oddly too. */
    private static final char EDGE = '^';
    private static final char END = '$';
    private static final boolean[] COMMON = loadTriples();

    private final Params params;

    public GibberishRule(Params params) {
        this.params = params;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        TextView view = input.normalised(Field.TEXT).main();
        String text = view.text();
        int letters = 0;
        int mashLetters = 0;
        int firstMash = -1;
        int lastMashEnd = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            input.budget().tick();
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            letters += i - start;
            // Links, addresses, handles and tags are not typed as words; their letters count, their spelling not.
            if (partOfSomethingElse(input.original(), view.originalStart(start), view.originalEnd(i))
                    || !isMash(text, start, i)) {
                continue;
            }
            mashLetters += i - start;
            if (firstMash < 0) {
                firstMash = start;
            }
            lastMashEnd = i;
        }
        if (mashLetters > 0 && mashLetters >= params.minTextShare() * letters) {
            matches.add(Field.TEXT, view.originalStart(firstMash), view.originalEnd(lastMashEnd));
        }
    }

    /** Whether the word {@code text[start, end)} is mostly made of letter triples that English words lack. */
    private boolean isMash(String text, int start, int end) {
        if (end - start < params.minLetters()) {
            return false;
        }
        // Stretched letters ("yeaahh") are emphasis, not mash: the table is made of words with doubles made single.
        int letters = 0;
        int triples = 0;
        int rare = 0;
        char a = EDGE;
        char b = 0;
        for (int k = start; k <= end; k++) {
            char c = k == end ? END : text.charAt(k);
            if (c == b) {
                continue;
            }
            if (c != END) {
                letters++;
            }
            if (b != 0) {
                triples++;
                if (!COMMON[index(a, b, c)]) {
                    rare++;
                }
                a = b;
            }
            b = c;
        }
        return letters >= params.minLetters() && rare >= params.minRareShare() * triples;
    }

    /**
     * Read in the original: the normaliser turns "@" and digits into letters ("@sdkjfh" reads "asdkjfh"), and what
     * glues a word to a link or a code is just what it reads away.
     */
    private static boolean partOfSomethingElse(String original, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = original.charAt(k);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && !Character.isSurrogate(c)
                    && Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.FORMAT) {
                return true;
            }
        }
        return start > 0 && joins(original.charAt(start - 1)) || end < original.length() && joins(original.charAt(end));
    }

    /** Characters that glue letters into a link, an address, a handle, a tag or a code rather than a word. */
    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '/' || c == '@' || c == '#' || c == '_' || c == ':'
                || c == '=' || c == '&' || c == '?' || c == '%' || c == '+' || c == '\\';
    }

    /** The normalised text is lower case; other letters (other scripts) are judged by nobody's statistics here. */
    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static int slot(char c) {
        return c == EDGE || c == END ? 26 : c - 'a';
    }

    private static int index(char a, char b, char c) {
        return (slot(a) * 27 + slot(b)) * 27 + slot(c);
    }

    private static boolean[] loadTriples() {
        boolean[] common = new boolean[27 * 27 * 27];
        try (InputStream in = Objects.requireNonNull(GibberishRule.class.getResourceAsStream(TRIPLES),
                TRIPLES + " is missing")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String t : line.strip().split(" ")) {
                    if (t.length() == 3) {
                        common[index(t.charAt(0), t.charAt(1), t.charAt(2))] = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TRIPLES, e);
        }
        return common;
    }
}
