package org.parley.filter;

/**
 * What the filter judges: a piece of text, who signed it, and optionally the document it responds to
 * (for relevance). The filter knows nothing else about where the text comes from.
 */
public record Submission(String text, String author, Context context) {

    /** The document a submission responds to. */
    public record Context(String key, String title, String body) {
    }

    public static Submission of(String text) {
        return new Submission(text, null, null);
    }
}
