package org.parley.filter;

import java.util.Arrays;
import java.util.function.Supplier;

import org.parley.filter.rules.TermScanner;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;

/**
 * A submission prepared once for all rules: each field normalised on first use (most rules read only the
 * text), and the signals the caller knows about it.
 */
public final class Inspection {

    private static final class Defaults {
        static final Normaliser NORMALISER = Normaliser.defaults();
    }

    private final Submission submission;
    private final Normaliser normaliser;
    private final Signals signals;
    private final TermScanner termScanner;
    private final Budget budget;
    private NormalisedText text;
    private NormalisedText author;
    /** Keys and values of {@link #remember}, side by side: a handful per submission, found by identity. */
    private Object[] remembered;
    private int rememberedCount;

    private Inspection(Submission submission, Normaliser normaliser, Signals signals, TermScanner termScanner,
            Budget budget) {
        this.submission = submission;
        this.normaliser = normaliser;
        this.signals = signals;
        this.termScanner = termScanner;
        this.budget = budget;
    }

    public static Inspection of(Submission submission, Normaliser normaliser, Signals signals,
            TermScanner termScanner, Budget budget) {
        return new Inspection(submission, normaliser, signals, termScanner, budget);
    }

    /** With the built-in normalisation tables, no signals and no time limit: for tests and one-off checks. */
    public static Inspection of(Submission submission) {
        return new Inspection(submission, Defaults.NORMALISER, Signals.NONE, null, Budget.unlimited());
    }

    /** The time this evaluation may still take: every loop over the text ticks it. */
    public Budget budget() {
        return budget;
    }

    /** The rule set's shared scanner of all its term lists, or null outside a rule set. */
    public TermScanner termScanner() {
        return termScanner;
    }

    /**
     * Work several rules share (one scan for all term lists), done once per submission. Keys are constants
     * compared by identity, never built per call: a handful per submission, looked up by every rule, so a scan
     * of a short array beats hashing.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> work) {
        Object[] known = remembered;
        if (known != null) {
            for (int i = 0; i < rememberedCount; i += 2) {
                if (known[i] == key) {
                    return (T) known[i + 1];
                }
            }
        }
        T value = work.get();
        // The work may have remembered things of its own meanwhile.
        known = remembered;
        if (known == null) {
            known = new Object[16];
        } else if (rememberedCount == known.length) {
            known = Arrays.copyOf(known, known.length * 2);
        }
        known[rememberedCount] = key;
        known[rememberedCount + 1] = value;
        rememberedCount += 2;
        remembered = known;
        return value;
    }

    public Submission submission() {
        return submission;
    }

    public Signals signals() {
        return signals;
    }

    /** The field as submitted (an absent name reads as empty). */
    public String original(Field field) {
        String value = field == Field.TEXT ? submission.text() : submission.author();
        return value == null ? "" : value;
    }

    public String original() {
        return original(Field.TEXT);
    }

    /** The field normalised, with its map back to the original. */
    public NormalisedText normalised(Field field) {
        if (field == Field.TEXT) {
            if (text == null) {
                text = normalise(Field.TEXT);
            }
            return text;
        }
        if (author == null) {
            author = normalise(Field.AUTHOR);
        }
        return author;
    }

    private NormalisedText normalise(Field field) {
        // The first rule that reads a field pays for normalising it; the budget names the normaliser meanwhile.
        return budget.normalising(() -> normaliser.normalise(original(field), budget));
    }
}
