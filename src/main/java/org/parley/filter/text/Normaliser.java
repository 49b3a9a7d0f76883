package org.parley.filter.text;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /** At most this many of one letter in a row in the main form: English doubles letters, it never triples. */
    private static final int MAX_REPEATED_LETTERS = 2;

    private final NormaliserTables tables;
    private final CharClasses classes;
    private final CodePointFolds folds;
    private final SpelledOutWords spelledOut;

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
        this.classes = new CharClasses(tables.leet());
        this.folds = new CodePointFolds(tables.lookalikes(), classes);
        this.spelledOut = new SpelledOutWords(classes);
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
        SpannedChars main = folds.fold(original, budget);
        budget.stepDone();
        // Spelled-out words are found before leetspeak is read, while the "|" and "+" of "f|u|c|k" and
        // "f+u+c+k" are still separators, not the letters l and t.
        SpannedChars joined = spelledOut.closeUp(main);
        budget.stepDone();
        classes.readLeet(main);
        main.collapseRunsInPlace(MAX_REPEATED_LETTERS);
        budget.stepDone();
        TextView mainView = main.toView();

        TextView squeezedView = mainView;
        int squeezedLength = main.collapsedLength(1);
        if (squeezedLength < main.length) {
            SpannedChars squeezed = new SpannedChars(squeezedLength);
            main.collapseRunsInto(squeezed, 1);
            squeezedView = squeezed.toView();
        }
        TextView joinedView = mainView;
        if (joined != null) {
            classes.readLeet(joined);
            joined.collapseRunsInPlace(MAX_REPEATED_LETTERS);
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

    /** The shipped tables' normaliser, made on first use. */
    private static final class Defaults {

        static final Normaliser INSTANCE = new Normaliser(NormaliserTables.shipped());
    }
}
