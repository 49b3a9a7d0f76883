package org.parley.filter.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.parley.filter.Budget;

/**
 * Undoes the ways authors disguise words from a word filter, so that one word list catches "fuck", "ｆｕｃｋ",
 * "fu&amp;#99;k", "fúck", "fuсk" (Cyrillic с), "FuCk", "fuuuuck", "f4ck", "f.u.c.k" and "fuck" with zero-width
 * spaces between its letters alike, while remembering for every normalised char which original chars it came
 * from, so that each hit can still be shown to the moderator as exactly what the author wrote.
 *
 * <p>The main form is built in this order, each step undoing one disguise:
 * <ol>
 * <li>Tags of known HTML elements are removed and character references ("&amp;amp;", "&amp;#102;",
 *     "&amp;#x66;") decoded. An inline tag between two letters leaves nothing ("f&lt;b&gt;&lt;/b&gt;uck"),
 *     any other tag leaves a word break. Unknown "tags" such as "&lt;idiot&gt;" stay text: comments are shown
 *     escaped, so readers see them.</li>
 * <li>NFKC folds fullwidth, mathematical, circled and ligature forms to plain letters.</li>
 * <li>Format characters (zero-width spaces and joiners, bidi controls, soft hyphens) and the Hangul fillers,
 *     which render as nothing, are dropped.</li>
 * <li>NFD and dropping the non-spacing marks removes accents and stacked "zalgo" marks; a dropped mark's span
 *     goes to the letter it sat on.</li>
 * <li>Look-alike letters of other scripts are folded to Latin by a curated, letters-only table. This comes
 *     before lower-casing because a capital and its small letter may look like different Latin letters
 *     (Cyrillic Н/н read as H/h but Г/г as nothing/r), so the table lists each case it means.</li>
 * <li>Lower case, code point by code point with the root locale's rules; final sigma becomes sigma.</li>
 * <li>Leetspeak is read as letters, but only inside words that have a real letter, so that "sh1t" and "a$$"
 *     are read while "3,000" and "2020" are not.</li>
 * <li>Runs of three or more of one letter are cut to two ("fuuuuck" to "fuuck"): two keeps "ass" and "sheep"
 *     intact; the {@linkplain NormalisedText#squeezed() squeezed} form cuts to one for the rest.</li>
 * </ol>
 * The {@linkplain NormalisedText#joined() joined} form also closes up words spelled out in single letters.
 *
 * <p>Comments are mostly plain ASCII, for which all of this is a few passes over the chars with no lookups
 * beyond a small table. For other characters, the normalisation, look-alike and case steps are computed once per
 * code point and cached. Instances are immutable apart from that cache, which is safe to fill from several
 * threads, so one instance serves the whole application.
 */
public final class Normaliser {

    /** Two letters spelled out may be an initial and a word ("a b"); three rarely are anything but a word. */
    private static final int MIN_SPELLED_OUT_LETTERS = 3;

    /** At most this many of one letter in a row in the main form: English doubles letters, it never triples. */
    private static final int MAX_REPEATED_LETTERS = 2;

    /** What authors put between the letters of a spelled-out word, besides white space. */
    private static final String SPELLING_SEPARATORS = ".-_*~|/\\+,:;";

    /**
     * Leet symbols that are also ordinary punctuation at a word's edge ("shit!", "¡hola", "C++", "A+"): read as
     * letters only between two letters or digits, and never taken for a spelled-out letter.
     */
    private static final String LEET_ONLY_INSIDE_WORDS = "!¡+";

    private static final char GREEK_FINAL_SIGMA = '\u03C2';
    private static final char GREEK_SIGMA = '\u03C3';

    // What the word-level passes ask of a char, as bits of its class.
    private static final int LETTER = 1;
    private static final int DIGIT = 1 << 1;
    private static final int LEET = 1 << 2;
    private static final int LEET_ONLY_INSIDE = 1 << 3;
    private static final int SEPARATOR = 1 << 4;
    private static final int WORD_CHAR = LETTER | DIGIT | LEET;

    private static final int FOLD_PAGE_BITS = 8;

    private final NormaliserTables tables;
    private final Map<Integer, String> lookalikes;
    /** The letter each ASCII leet symbol stands for, or 0; looked up for most chars of every comment. */
    private final char[] asciiLeet = new char[0x80];
    /** The other leet symbols, sorted for binary search, and the letters they stand for. */
    private final char[] otherLeetSymbols;
    private final char[] otherLeetLetters;
    /** The class of each ASCII char: the passes ask three or four questions of every char of every comment. */
    private final byte[] asciiClasses = new byte[0x80];
    /**
     * Each code point's fold, computed on first sight, in pages of {@code 1 << FOLD_PAGE_BITS} code points made
     * when first needed: a text uses few pages (a script, an emoji block), and all of them together stay a few
     * megabytes however many distinct characters hostile input brings.
     */
    private final AtomicReferenceArray<AtomicReferenceArray<Fold>> foldPages =
            new AtomicReferenceArray<>((Character.MAX_CODE_POINT >> FOLD_PAGE_BITS) + 1);

    /**
     * @param lookalikes non-ASCII code points that look like Latin letters, each to the ASCII letters it reads as
     *                   ("ß" to "ss"); a code point that NFKC or accent removal already folds is refused, as its
     *                   entry could never apply
     * @param leet       symbols and digits to the letter they stand for in leetspeak ('4' to 'a'); no letters
     * @throws IllegalArgumentException if an entry breaks these rules
     */
    public Normaliser(Map<Integer, String> lookalikes, Map<Character, Character> leet) {
        this(new NormaliserTables(new TreeMap<>(leet), new TreeMap<>(lookalikes)));
    }

    /** A normaliser reading disguised letters with these tables (checked when the tables were made). */
    public Normaliser(NormaliserTables tables) {
        this.tables = tables;
        this.lookalikes = Map.copyOf(tables.lookalikes());
        Map<Character, Character> leet = tables.leet();

        TreeMap<Character, Character> others = new TreeMap<>();
        leet.forEach((symbol, checked) -> {
            if (symbol < asciiLeet.length) {
                asciiLeet[symbol] = checked;
            } else {
                others.put(symbol, checked);
            }
        });
        this.otherLeetSymbols = new char[others.size()];
        this.otherLeetLetters = new char[others.size()];
        int i = 0;
        for (Map.Entry<Character, Character> entry : others.entrySet()) {
            otherLeetSymbols[i] = entry.getKey();
            otherLeetLetters[i] = entry.getValue();
            i++;
        }
        for (char c = 0; c < asciiClasses.length; c++) {
            asciiClasses[c] = (byte) classify(c);
        }
    }

    /**
     * The normaliser with the shipped tables, {@code filter/lookalikes.tsv} and {@code filter/leet.tsv}; one
     * shared instance, so that its per-character cache fills once.
     */
    public static Normaliser defaults() {
        return Defaults.INSTANCE;
    }

    /** The normaliser of these tables: the shared one for the shipped tables, a new one for others. */
    public static Normaliser of(NormaliserTables tables) {
        return tables.isShipped() ? defaults() : new Normaliser(tables);
    }

    /** The tables this normaliser reads disguised letters with. */
    public NormaliserTables tables() {
        return tables;
    }

    /** Prepares a text for all rules: its main, squeezed and joined forms, each mapped to the original. */
    public NormalisedText normalise(String original) {
        return normalise(original, Budget.unlimited());
    }

    /** As {@link #normalise(String)}, within the evaluation's time: each pass is linear, and checked after. */
    public NormalisedText normalise(String original, Budget budget) {
        Objects.requireNonNull(original, "original");
        Buffer main = fold(original, budget);
        budget.stepDone();
        // Spelled-out words are found before leetspeak is read, while the "|" and "+" of "f|u|c|k" and
        // "f+u+c+k" are still separators, not the letters l and t.
        Buffer joined = closeUpSpelledOutWords(main);
        budget.stepDone();
        readLeet(main);
        collapseRunsInPlace(main, MAX_REPEATED_LETTERS);
        budget.stepDone();
        TextView mainView = main.toView();

        TextView squeezedView = mainView;
        int squeezedLength = collapsedLength(main, 1);
        if (squeezedLength < main.length) {
            Buffer squeezed = new Buffer(squeezedLength);
            collapseRuns(main, squeezed, 1);
            squeezedView = squeezed.toView();
        }
        TextView joinedView = mainView;
        if (joined != null) {
            readLeet(joined);
            collapseRunsInPlace(joined, MAX_REPEATED_LETTERS);
            joinedView = joined.toView();
        }
        return new NormalisedText(original, mainView, squeezedView, joinedView);
    }

    /**
     * A rule's term in the main form, so that a term matches its own spelling however it was typed: "Fück",
     * whether its ü is one code point or u and a combining diaeresis, becomes "fuck", and "a$$" becomes "ass".
     */
    public String foldTerm(String term) {
        return normalise(term).main().text();
    }

    /** A rule's term in the squeezed form ("asshole" becomes "ashole"), to match against the squeezed view. */
    public String squeezeTerm(String term) {
        return normalise(term).squeezed().text();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Markup, NFKC, format characters, accents, look-alikes and case: one pass over the original.

    private Buffer fold(String original, Budget budget) {
        int length = original.length();
        Folding folding = new Folding(length);
        int i = 0;
        while (i < length) {
            budget.tick();
            char c = original.charAt(i);
            if (c == '<') {
                int end = Html.tagEnd(original, i);
                if (end > 0) {
                    folding.tag(i, end, Html.isInlineTag(original, i));
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int codePoint = Html.characterReference(original, i);
                if (codePoint >= 0) {
                    int end = original.indexOf(';', i) + 1;
                    folding.codePoint(codePoint, i, end);
                    i = end;
                    continue;
                }
            }
            if (c < 0x80) {
                folding.ascii(c, i, i + 1);
                i++;
            } else {
                int codePoint = original.codePointAt(i);
                int end = i + Character.charCount(codePoint);
                folding.codePoint(codePoint, i, end);
                i = end;
            }
        }
        return folding.out;
    }

    /** The folding pass's output, and the tags it has skipped but not yet decided to replace by a space. */
    private final class Folding {

        final Buffer out;
        private int tagsStart = -1;
        private int tagsEnd;
        private boolean tagsInline;

        Folding(int capacity) {
            out = new Buffer(capacity);
        }

        void tag(int start, int end, boolean inline) {
            if (tagsStart < 0) {
                tagsStart = start;
                tagsInline = inline;
            } else {
                tagsInline &= inline;
            }
            tagsEnd = end;
        }

        void ascii(char c, int start, int end) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            separateFromTags(lower);
            out.append(lower, start, end);
        }

        void codePoint(int codePoint, int start, int end) {
            if (codePoint < 0x80) {
                ascii((char) codePoint, start, end);
                return;
            }
            Fold fold = foldOf(codePoint);
            switch (fold.kind()) {
                case UNCHANGED -> {
                    if (Character.isBmpCodePoint(codePoint)) {
                        separateFromTags((char) codePoint);
                        out.append((char) codePoint, start, end);
                    } else {
                        separateFromTags(Character.highSurrogate(codePoint));
                        out.append(Character.highSurrogate(codePoint), start, end);
                        out.append(Character.lowSurrogate(codePoint), start, end);
                    }
                }
                case REPLACED -> {
                    separateFromTags(fold.text().charAt(0));
                    for (int k = 0; k < fold.text().length(); k++) {
                        out.append(fold.text().charAt(k), start, end);
                    }
                }
                case MARK -> {
                    // A mark after a tag is not drawn on the letter before it, and extending that letter's span
                    // over the tag would put it past the span of the space the tag may still become.
                    if (tagsStart < 0 && out.length > 0) {
                        out.extendLast(end);
                    }
                }
                case INVISIBLE -> {
                }
            }
        }

        /**
         * Decides, once the char after a run of tags is known, whether the tags broke a word. An inline run between
         * two word chars did not ("f&lt;b&gt;&lt;/b&gt;uck"); otherwise a space stands for the tags, unless white
         * space already separates the words or the tags open or close the text.
         */
        private void separateFromTags(char next) {
            if (tagsStart < 0) {
                return;
            }
            if (out.length > 0) {
                char previous = out.last();
                boolean insideWord = tagsInline && (charClass(previous) & WORD_CHAR) != 0
                        && (charClass(next) & WORD_CHAR) != 0;
                if (!insideWord && !Character.isWhitespace(previous) && !Character.isWhitespace(next)) {
                    out.append(' ', tagsStart, tagsEnd);
                }
            }
            tagsStart = -1;
        }
    }

    private Fold foldOf(int codePoint) {
        int pageIndex = codePoint >> FOLD_PAGE_BITS;
        AtomicReferenceArray<Fold> page = foldPages.get(pageIndex);
        if (page == null) {
            foldPages.compareAndSet(pageIndex, null, new AtomicReferenceArray<>(1 << FOLD_PAGE_BITS));
            page = foldPages.get(pageIndex);
        }
        int slot = codePoint & ((1 << FOLD_PAGE_BITS) - 1);
        Fold fold = page.get(slot);
        if (fold == null) {
            // Threads racing here compute equal folds, so whichever is stored last is as good as the first.
            fold = computeFold(codePoint);
            page.set(slot, fold);
        }
        return fold;
    }

    /**
     * NFKC followed by NFD is NFKD. Inside a text, composition and canonical reordering move only marks, which
     * are dropped; so folding each code point alone gives what folding the whole text would, and can be cached.
     */
    private Fold computeFold(int codePoint) {
        if (isInvisible(codePoint)) {
            return Fold.INVISIBLE;
        }
        if (isMark(codePoint)) {
            return Fold.MARK;
        }
        if (Character.getType(codePoint) == Character.SURROGATE) {
            // A lone surrogate is not text the normaliser can decompose; it stands for itself.
            return Fold.UNCHANGED;
        }
        String alone = Character.toString(codePoint);
        String decomposed = Normalizer.normalize(alone, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isInvisible(c) && !isMark(c)).forEach(c -> {
            String latin = lookalikes.get(c);
            if (latin != null) {
                folded.append(latin);
            } else {
                folded.appendCodePoint(c == GREEK_FINAL_SIGMA ? GREEK_SIGMA : Character.toLowerCase(c));
            }
        });
        if (folded.length() == 0) {
            return Fold.INVISIBLE;
        }
        String text = folded.toString();
        return text.equals(alone) ? Fold.UNCHANGED : new Fold(Fold.Kind.REPLACED, text);
    }

    /** Characters that render as nothing and so can hide inside a word without a reader noticing. */
    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                // Hangul fillers are letters by category but are drawn as blanks of no width.
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /**
     * Accents, zalgo marks, the combining grapheme joiner and variation selectors. Spacing marks (Indic vowel
     * signs) are kept: they are visible letters' parts, not decoration.
     */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Leetspeak, spelled-out words, repeated letters: passes over the folded text.

    private int charClass(char c) {
        return c < asciiClasses.length ? asciiClasses[c] : classify(c);
    }

    /**
     * The class bits of {@code c}. A letter needs no further tests: the constructor refuses letters as leet
     * symbols, and the separators are white space and punctuation.
     */
    private int classify(char c) {
        if (Character.isLetter(c)) {
            return LETTER;
        }
        int charClass = Character.isDigit(c) ? DIGIT : 0;
        if (leetLetter(c) != 0) {
            charClass |= LEET;
        }
        if (LEET_ONLY_INSIDE_WORDS.indexOf(c) >= 0) {
            charClass |= LEET_ONLY_INSIDE;
        }
        if (Character.isWhitespace(c) || SPELLING_SEPARATORS.indexOf(c) >= 0) {
            charClass |= SEPARATOR;
        }
        return charClass;
    }

    /** The letter the leet symbol {@code c} stands for, or 0 if it is none. */
    private char leetLetter(char c) {
        if (c < asciiLeet.length) {
            return asciiLeet[c];
        }
        int i = Arrays.binarySearch(otherLeetSymbols, c);
        return i >= 0 ? otherLeetLetters[i] : 0;
    }

    /**
     * Reads leet symbols as letters in each word that has at least one real letter: a word of digits and symbols
     * only is a number or punctuation ("3,000", "$5", "2020").
     */
    private void readLeet(Buffer text) {
        char[] chars = text.chars;
        int length = text.length;
        int i = 0;
        while (i < length) {
            if ((charClass(chars[i]) & WORD_CHAR) == 0) {
                i++;
                continue;
            }
            int wordStart = i;
            int firstLetterOrDigit = -1;
            int lastLetterOrDigit = -1;
            boolean hasLetter = false;
            boolean hasLeet = false;
            for (int charClass; i < length && ((charClass = charClass(chars[i])) & WORD_CHAR) != 0; i++) {
                if ((charClass & (LETTER | DIGIT)) != 0) {
                    firstLetterOrDigit = firstLetterOrDigit < 0 ? i : firstLetterOrDigit;
                    lastLetterOrDigit = i;
                    hasLetter |= (charClass & LETTER) != 0;
                }
                hasLeet |= (charClass & LEET) != 0;
            }
            // Most words are plain letters: nothing to read, and no second pass over them.
            if (!hasLetter || !hasLeet) {
                continue;
            }
            for (int k = wordStart; k < i; k++) {
                int charClass = charClass(chars[k]);
                boolean inside = firstLetterOrDigit < k && k < lastLetterOrDigit;
                if ((charClass & LEET) != 0 && (inside || (charClass & LEET_ONLY_INSIDE) == 0)) {
                    chars[k] = leetLetter(chars[k]);
                }
            }
        }
    }

    /**
     * Closes up words spelled out in single letters ("f.u.c.k", "f u c k", "s h 1 t"): runs of at least
     * {@link #MIN_SPELLED_OUT_LETTERS} single word chars, one of them a letter, with only separators between
     * them. Returns a new buffer, or null when there is nothing to close up, which is the common case.
     */
    private Buffer closeUpSpelledOutWords(Buffer text) {
        char[] chars = text.chars;
        int length = text.length;
        Buffer out = null;
        int copied = 0;
        int i = nextSingle(text, 0);
        while (i >= 0) {
            int last = i;
            int count = 1;
            boolean hasLetter = (charClass(chars[i]) & LETTER) != 0;
            while (true) {
                int next = last + 1;
                while (next < length && (charClass(chars[next]) & SEPARATOR) != 0) {
                    next++;
                }
                if (next == length || !isSingle(text, next)) {
                    break;
                }
                last = next;
                count++;
                hasLetter |= (charClass(chars[next]) & LETTER) != 0;
            }
            if (count >= MIN_SPELLED_OUT_LETTERS && hasLetter) {
                out = out == null ? new Buffer(length) : out;
                out.appendRange(text, copied, i);
                for (int k = i; k <= last; k++) {
                    if ((charClass(chars[k]) & SEPARATOR) == 0) {
                        out.appendFrom(text, k);
                    }
                }
                copied = last + 1;
            }
            i = nextSingle(text, last + 1);
        }
        if (out != null) {
            out.appendRange(text, copied, length);
        }
        return out;
    }

    /**
     * The index of the first single at or after {@code from}, or -1: the scan every comment pays for, so it tests
     * each char once rather than with both its neighbours.
     */
    private int nextSingle(Buffer text, int from) {
        char[] chars = text.chars;
        int length = text.length;
        boolean previous = from > 0 && isSpellingUnit(chars[from - 1]);
        boolean current = from < length && isSpellingUnit(chars[from]);
        for (int i = from; i < length; i++) {
            boolean next = i + 1 < length && isSpellingUnit(chars[i + 1]);
            if (current && !previous && !next) {
                return i;
            }
            previous = current;
            current = next;
        }
        return -1;
    }

    /** A letter, digit or leet symbol standing alone ("f . u", "s h 1 t"), between chars that are none of these. */
    private boolean isSingle(Buffer text, int i) {
        return isSpellingUnit(text.chars[i])
                && (i == 0 || !isSpellingUnit(text.chars[i - 1]))
                && (i + 1 == text.length || !isSpellingUnit(text.chars[i + 1]));
    }

    /** A letter or digit, or a leet symbol that is neither a separator nor punctuation at a word's edge. */
    private boolean isSpellingUnit(char c) {
        int charClass = charClass(c);
        return (charClass & (LETTER | DIGIT)) != 0 || (charClass & (LEET | LEET_ONLY_INSIDE | SEPARATOR)) == LEET;
    }

    /** Most comments have no letter three times in a row, and then the text is left as it is. */
    private static void collapseRunsInPlace(Buffer text, int max) {
        if (collapsedLength(text, max) < text.length) {
            collapseRuns(text, text, max);
        }
    }

    /**
     * Cuts every run of one repeated letter to at most {@code max} letters; the last letter kept takes over the
     * spans of those dropped, so a hit on the cut run covers all of it in the original. {@code to} may be
     * {@code from}, as the write position never passes the read position; otherwise it must hold
     * {@link #collapsedLength} chars.
     */
    private static void collapseRuns(Buffer from, Buffer to, int max) {
        // Locals, not fields: the buffers may be one object, and the JIT would otherwise reload every array.
        char[] chars = from.chars;
        int[] starts = from.starts;
        int[] ends = from.ends;
        char[] toChars = to.chars;
        int[] toStarts = to.starts;
        int[] toEnds = to.ends;
        int length = from.length;
        int written = 0;
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            run = i > 0 && c == chars[i - 1] && Character.isLetter(c) ? run + 1 : 1;
            if (run <= max) {
                toChars[written] = c;
                toStarts[written] = starts[i];
                toEnds[written] = ends[i];
                written++;
            } else {
                toEnds[written - 1] = ends[i];
            }
        }
        to.length = written;
    }

    /** The length {@link #collapseRuns} will give, so that its output can be sized exactly. */
    private static int collapsedLength(Buffer text, int max) {
        char[] chars = text.chars;
        int collapsed = text.length;
        int run = 1;
        for (int i = 1; i < text.length; i++) {
            run = chars[i] == chars[i - 1] && Character.isLetter(chars[i]) ? run + 1 : 1;
            if (run > max) {
                collapsed--;
            }
        }
        return collapsed;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tables.

    static String checkedLookalike(Integer codePoint, String latin) {
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
        if (isInvisible(codePoint) || !Normalizer.normalize(alone, Normalizer.Form.NFKD).equals(alone)) {
            throw new IllegalArgumentException("the look-alike " + name(codePoint) + " would never apply: "
                    + "NFKC, accent removal or dropping invisible characters already changes it");
        }
        if (latin.isEmpty() || !latin.chars().allMatch(Normaliser::isAsciiLetter)) {
            throw new IllegalArgumentException("the look-alike " + name(codePoint)
                    + " must fold to ASCII letters, not \"" + latin + "\"");
        }
        return latin.toLowerCase(Locale.ROOT);
    }

    static Character checkedLeet(Character symbol, Character letter) {
        Objects.requireNonNull(symbol, "leet symbol");
        Objects.requireNonNull(letter, "leet letter");
        String alone = String.valueOf(symbol.charValue());
        if (Character.isLetter(symbol) || Character.isWhitespace(symbol) || Character.isSurrogate(symbol)) {
            throw new IllegalArgumentException("the leet symbol " + name(symbol)
                    + " must be a digit or a symbol; letters belong in the look-alike table");
        }
        if (isInvisible(symbol) || isMark(symbol) || !Normalizer.normalize(alone, Normalizer.Form.NFKD).equals(alone)) {
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

    /** The shipped tables' normaliser, made on first use. */
    private static final class Defaults {

        static final Normaliser INSTANCE = new Normaliser(NormaliserTables.shipped());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Building blocks.

    /**
     * What one code point becomes before the word-level passes. Most code points stay as they are, and share one
     * {@link #UNCHANGED} fold rather than each holding a copy of itself.
     */
    private record Fold(Kind kind, String text) {

        static final Fold UNCHANGED = new Fold(Kind.UNCHANGED, "");
        static final Fold INVISIBLE = new Fold(Kind.INVISIBLE, "");
        static final Fold MARK = new Fold(Kind.MARK, "");

        enum Kind {
            /** The code point itself. */
            UNCHANGED,
            /** The chars of {@link #text()}, each with the code point's span. */
            REPLACED,
            /** Nothing. */
            INVISIBLE,
            /** Nothing, and the code point's span joins that of the letter the mark was drawn on. */
            MARK
        }
    }

    /**
     * A growing text with an original span per char; the passes rewrite it in place where they can. It is
     * single-use: {@link #toView()} may hand its arrays to the view, after which it is only read.
     */
    private static final class Buffer {

        char[] chars;
        int[] starts;
        int[] ends;
        int length;

        Buffer(int capacity) {
            chars = new char[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void append(char c, int start, int end) {
            if (length == chars.length) {
                grow();
            }
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        void appendFrom(Buffer other, int i) {
            append(other.chars[i], other.starts[i], other.ends[i]);
        }

        void appendRange(Buffer other, int from, int to) {
            for (int i = from; i < to; i++) {
                appendFrom(other, i);
            }
        }

        char last() {
            return chars[length - 1];
        }

        void extendLast(int end) {
            ends[length - 1] = end;
        }

        /** By half: a text outgrows its original length by a few chars ("ß" to "ss"), rarely by a multiple. */
        private void grow() {
            int capacity = chars.length + (chars.length >> 1) + 16;
            chars = Arrays.copyOf(chars, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }

        TextView toView() {
            return new TextView(new String(chars, 0, length), exactLength(starts), exactLength(ends));
        }

        /** The common ASCII comment fills its buffer exactly, and then needs no copy. */
        private int[] exactLength(int[] array) {
            return array.length == length ? array : Arrays.copyOf(array, length);
        }
    }

    /**
     * The little HTML a comment may carry: tags of known elements and character references. Hand-written rather
     * than a regex: it runs for every '&lt;' and '&amp;' of every comment, in linear time whatever the input.
     */
    private static final class Html {

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
    }
}
