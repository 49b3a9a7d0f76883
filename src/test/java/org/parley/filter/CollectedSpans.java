package org.parley.filter;

import java.util.ArrayList;
import java.util.List;

/** Collects what a rule reports, for tests that call a rule directly. */
public final class CollectedSpans implements Rule.Matches {

    /** One reported span. */
    public record Span(Field field, int start, int end) {
    }

    public final List<Span> spans = new ArrayList<>();

    /** What the rule reports on a text (and optionally a name). */
    public static List<Span> of(Rule rule, String text) {
        return of(rule, new Submission(text, null, null));
    }

    public static List<Span> of(Rule rule, Submission submission) {
        CollectedSpans collected = new CollectedSpans();
        rule.match(Inspection.of(submission), collected);
        return collected.spans;
    }

    @Override
    public void add(Field field, int start, int end) {
        spans.add(new Span(field, start, end));
    }
}
