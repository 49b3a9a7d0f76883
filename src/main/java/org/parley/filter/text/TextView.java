package org.parley.filter.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * One normalised form of a text, with the span of the original text that each of its chars came from, so that
 * a match found in the normalised form can be shown to the moderator as a span of what the author wrote.
 *
 * <p>For every char index {@code i} of {@link #text()}, the original span is {@code [starts[i], ends[i])}.
 * Several chars may share one span (NFKC turns "ﬁ" into "fi"), and one char may span several original chars
 * (the entity "&amp;amp;" becomes "&amp;", a letter with its accents one letter, a run of repeated letters a
 * shorter run). Both arrays are non-decreasing, and {@code starts[i] < ends[i]}.
 *
 * <p>The arrays are shared, not copied: a record hands out the arrays it holds, and copying them for every
 * rule that reads a view would cost two allocations per rule per comment. They must therefore never be
 * mutated, neither by the code that builds a view nor by any caller: views are read by many rules, possibly
 * on several threads at once, and a changed offset would silently mark the wrong text as offensive.
 *
 * @param text   the normalised text
 * @param starts for each char of {@code text}, the first original char it came from
 * @param ends   for each char of {@code text}, the original char index just after the last one it came from
 */
public record TextView(String text, int[] starts, int[] ends) {

    public TextView {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("a view needs one start and one end per char: text has "
                    + text.length() + " chars, starts " + starts.length + ", ends " + ends.length);
        }
    }

    /** Where, in the original text, the view's char {@code i} starts; a match's start maps through this. */
    public int originalStart(int i) {
        return starts[i];
    }

    /**
     * Where, in the original text, a match ending (exclusive) at {@code endExclusive} of the view ends: the end
     * of the match's last char. A match {@code [s, e)} with {@code s < e} in the view is therefore
     * {@code [originalStart(s), originalEnd(e))} in the original.
     */
    public int originalEnd(int endExclusive) {
        return ends[endExclusive - 1];
    }

    /** Compares the arrays' contents, not their identity as a record would. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TextView view
                && text.equals(view.text)
                && Arrays.equals(starts, view.starts)
                && Arrays.equals(ends, view.ends);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(starts)) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "TextView[text=" + text + ", starts=" + Arrays.toString(starts) + ", ends=" + Arrays.toString(ends)
                + "]";
    }
}
