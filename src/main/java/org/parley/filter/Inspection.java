package org.parley.filter;

/**
 * A submission prepared once for all rules: the original text, and a folded copy for matching whose
 * character positions equal the original's, so a match in the folded text is a span of the original.
 */
public final class Inspection {

    private final Submission submission;
    private final String folded;
    private final String foldedAuthor;

    private Inspection(Submission submission) {
        this.submission = submission;
        this.folded = fold(submission.text());
        this.foldedAuthor = submission.author() == null ? "" : fold(submission.author());
    }

    public static Inspection of(Submission submission) {
        return new Inspection(submission);
    }

    public Submission submission() {
        return submission;
    }

    public String original() {
        return submission.text();
    }

    /** Lower-cased char by char, so that offsets stay those of the original. */
    public String folded() {
        return folded;
    }

    public String foldedAuthor() {
        return foldedAuthor;
    }

    /**
     * Lower-cases char by char: unlike {@link String#toLowerCase}, never changes the length, so offsets hold.
     * Terms are folded the same way, so a term always matches its own spelling.
     */
    public static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char lower = Character.toLowerCase(chars[i]);
            // Greek final sigma is the same letter as sigma; folding both keeps "ΜΑΛΑΚΑΣ" and "μαλακας" one term.
            chars[i] = lower == '\u03C2' ? '\u03C3' : lower;
        }
        return new String(chars);
    }
}
