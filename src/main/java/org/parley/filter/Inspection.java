package org.parley.filter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.parley.filter.rules.TermScanner;

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
    private Map<Object, Object> remembered;

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
     * Work several rules share (one scan for all term lists), done once per submission. Every term rule asks
     * for the scan, so keys should be constants compared by identity, not built per call.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> work) {
        if (remembered == null) {
            remembered = new HashMap<>(8);
        }
        Object known = remembered.get(key);
        if (known == null) {
            known = work.get();
            remembered.put(key, known);
        }
        return (T) known;
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
