package org.parley.filter.text;

import java.util.Objects;

/**
 * A text prepared once for all word and pattern rules: the original and three normalised forms of it, each
 * mapping back to the original so that every hit can be reported as a span of what the author wrote.
 *
 * <p>Views that would equal {@link #main()} are the same object, so the common clean comment costs one view.
 *
 * @see Normaliser
 */
public final class NormalisedText {

    private final String original;
    private final TextView main;
    private final TextView squeezed;
    private final TextView joined;

    NormalisedText(String original, TextView main, TextView squeezed, TextView joined) {
        this.original = Objects.requireNonNull(original, "original");
        this.main = Objects.requireNonNull(main, "main");
        this.squeezed = Objects.requireNonNull(squeezed, "squeezed");
        this.joined = Objects.requireNonNull(joined, "joined");
    }

    /** The text as the author wrote it; links, e-mail addresses and phone numbers are looked for here. */
    public String original() {
        return original;
    }

    /**
     * The main form: markup removed, look-alikes and accents folded, lower case, leetspeak read as letters, and
     * runs of one letter cut to two ("fuuuuck" becomes "fuuck"). Terms are matched here after
     * {@link Normaliser#foldTerm}.
     */
    public TextView main() {
        return main;
    }

    /**
     * The main form with every run of one letter cut to one ("fuuck" becomes "fuck", "asshole" "ashole"); match
     * it only against terms put through {@link Normaliser#squeezeTerm}, or "ass" would match "as".
     */
    public TextView squeezed() {
        return squeezed;
    }

    /**
     * The main form with words spelled out in single letters closed up ("f.u.c.k", "f u c k" become "fuck").
     * Ordinary text closes up too ("a b c" becomes "abc"), so hits here deserve a lower score.
     */
    public TextView joined() {
        return joined;
    }
}
