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

    private static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
