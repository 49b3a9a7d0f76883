package org.parley.filter;

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
    private NormalisedText text;
    private NormalisedText author;

    private Inspection(Submission submission, Normaliser normaliser, Signals signals) {
        this.submission = submission;
        this.normaliser = normaliser;
        this.signals = signals;
    }

    public static Inspection of(Submission submission, Normaliser normaliser, Signals signals) {
        return new Inspection(submission, normaliser, signals);
    }

    /** With the built-in normalisation tables and no signals: for tests and one-off checks. */
    public static Inspection of(Submission submission) {
        return new Inspection(submission, Defaults.NORMALISER, Signals.NONE);
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
                text = normaliser.normalise(original(Field.TEXT));
            }
            return text;
        }
        if (author == null) {
            author = normaliser.normalise(original(Field.AUTHOR));
        }
        return author;
    }
}
