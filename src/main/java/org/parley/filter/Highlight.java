package org.parley.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


/**
 * A comment's text cut at the filter's hits, so a template can mark the matched stretches while escaping every
 * character: the text is only ever split, never turned into markup here. Overlapping hits become one mark that
 * names every rule behind it; a hit over the whole text is marked only when nothing narrower is.
 */
public final class Highlight {

    /** A stretch of the text; {@code title} is null for unmarked text. */
    public record Segment(String text, String title, String categories, boolean observeOnly) {

        public boolean marked() {
            return title != null;
        }
    }

    private Highlight() {
    }

    /** The text of {@code field} cut at the hits on that field; hits that do not fit the text are ignored. */
    public static List<Segment> of(String text, List<Hit> hits, Field field) {
        List<Hit> usable = new ArrayList<>();
        for (Hit h : hits == null ? List.<Hit>of() : hits) {
            if (h.field() == field && h.utf16Start() >= 0 && h.utf16Start() < h.utf16End()
                    && h.utf16End() <= text.length()) {
                usable.add(h);
            }
        }
        // A hit over the whole text (relevance, a comment that is only a link) judges the comment, not a stretch of
        // it: marked, it would swallow every narrower mark into one; the rules that fired list it anyway.
        if (usable.stream().anyMatch(h -> !wholeText(h, text))) {
            usable.removeIf(h -> wholeText(h, text));
        }
        usable.sort(Comparator.comparingInt(Hit::utf16Start).thenComparingInt(Hit::utf16End));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < usable.size()) {
            int start = usable.get(i).utf16Start();
            int end = usable.get(i).utf16End();
            List<Hit> group = new ArrayList<>();
            // Hits that overlap the mark so far grow it, so marks never nest or cross.
            while (i < usable.size() && usable.get(i).utf16Start() < end) {
                end = Math.max(end, usable.get(i).utf16End());
                group.add(usable.get(i));
                i++;
            }
            if (start > at) {
                segments.add(plain(text, at, start));
            }
            segments.add(mark(text, start, end, group));
            at = end;
        }
        if (at < text.length() || segments.isEmpty()) {
            segments.add(plain(text, at, text.length()));
        }
        return segments;
    }

    private static boolean wholeText(Hit h, String text) {
        return h.utf16Start() == 0 && h.utf16End() == text.length();
    }

    private static Segment plain(String text, int from, int to) {
        return new Segment(text.substring(from, to), null, null, false);
    }

    private static Segment mark(String text, int from, int to, List<Hit> group) {
        Set<String> rules = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        boolean observeOnly = true;
        for (Hit h : group) {
            boolean observed = h.mode() == RuleMode.OBSERVE;
            rules.add(h.rule() + " (" + h.category().plainWords() + (observed ? ", observe only" : "") + ")");
            if (!observed) {
                categories.add(h.category().key());
                observeOnly = false;
            }
        }
        if (observeOnly) {
            group.forEach(h -> categories.add(h.category().key()));
        }
        return new Segment(text.substring(from, to), String.join("; ", rules), String.join(" ", categories),
                observeOnly);
    }
}
