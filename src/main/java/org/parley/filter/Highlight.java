package org.parley.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


/**
 * A comment's text cut at the filter's hits, so a template can mark the matched stretches while escaping every
 * character: the text is only ever split, never turned into markup here. Overlapping hits become one mark that
 * names every rule behind it; a hit over the whole text is marked only when nothing narrower is. A hit made of
 * parts (a statement's group and what it says of it) is marked part by part, each with its role, and the words
 * between them stay unmarked.
 */
public final class Highlight {

    /**
     * A stretch of the text; {@code title} is null for unmarked text. {@code roles} names the parts of hits the
     * mark covers ("group", "predicate"), space-separated, empty for marks of whole hits.
     */
    public record Segment(String text, String title, String categories, boolean observeOnly, String roles) {

        public Segment(String text, String title, String categories, boolean observeOnly) {
            this(text, title, categories, observeOnly, "");
        }

        public boolean marked() {
            return title != null;
        }

        /** Whether the mark is a part of a hit, which the page must tell apart from the other parts. */
        public boolean part() {
            return roles != null && !roles.isEmpty();
        }

        /** The mark's classes for its parts: {@code " hit-part-group"}; empty for marks of whole hits. */
        public String partClasses() {
            if (!part()) {
                return "";
            }
            StringBuilder classes = new StringBuilder();
            for (String role : roles.split(" ")) {
                classes.append(" hit-part-").append(role);
            }
            return classes.toString();
        }

        /** What a screen reader hears after a part, since its look alone says nothing: "the group". */
        public String spoken() {
            List<String> said = new ArrayList<>();
            for (String role : roles.split(" ")) {
                said.add(roleWords(role));
            }
            return String.join(", ", said);
        }
    }

    /** One stretch to mark: a whole hit, or one part of it. */
    private record Piece(int start, int end, Hit hit, String role) {
    }

    private Highlight() {
    }

    /** How a part's role is said to people: the group, and what is said of it. */
    public static String roleWords(String role) {
        return switch (role) {
            case Rule.Part.GROUP -> "the group";
            case Rule.Part.PREDICATE -> "what is said of it";
            default -> role;
        };
    }

    /** The text of {@code field} cut at the hits on that field; hits that do not fit the text are ignored. */
    public static List<Segment> of(String text, List<Hit> hits, Field field) {
        List<Piece> usable = new ArrayList<>();
        for (Hit h : hits == null ? List.<Hit>of() : hits) {
            if (h.field() != field) {
                continue;
            }
            if (h.hasParts()) {
                for (Hit.Part p : h.parts()) {
                    if (fits(text, p.utf16Start(), p.utf16End())) {
                        usable.add(new Piece(p.utf16Start(), p.utf16End(), h, p.role()));
                    }
                }
            } else if (fits(text, h.utf16Start(), h.utf16End())) {
                usable.add(new Piece(h.utf16Start(), h.utf16End(), h, null));
            }
        }
        // A hit over the whole text (relevance, a comment that is only a link) judges the comment, not a stretch of
        // it: marked, it would swallow every narrower mark into one; the rules that fired list it anyway.
        if (usable.stream().anyMatch(p -> !wholeText(p, text))) {
            usable.removeIf(p -> wholeText(p, text));
        }
        usable.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < usable.size()) {
            int start = usable.get(i).start();
            int end = usable.get(i).end();
            List<Piece> group = new ArrayList<>();
            // Pieces that overlap the mark so far grow it, so marks never nest or cross.
            while (i < usable.size() && usable.get(i).start() < end) {
                end = Math.max(end, usable.get(i).end());
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

    private static boolean wholeText(Piece p, String text) {
        return p.start() == 0 && p.end() == text.length();
    }

    private static boolean fits(String text, int start, int end) {
        return start >= 0 && start < end && end <= text.length();
    }

    private static Segment plain(String text, int from, int to) {
        return new Segment(text.substring(from, to), null, null, false, "");
    }

    private static Segment mark(String text, int from, int to, List<Piece> group) {
        Set<String> rules = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        boolean observeOnly = true;
        for (Piece piece : group) {
            Hit h = piece.hit();
            boolean observed = h.mode() == RuleMode.OBSERVE;
            rules.add(h.rule() + (piece.role() == null ? "" : ": " + roleWords(piece.role())) + " ("
                    + h.category().plainWords() + (observed ? ", observe only" : "")
                    + (h.policy() == null ? "" : ", the site's policy on " + h.policy().plainWords()) + ")");
            if (piece.role() != null) {
                roles.add(piece.role());
            }
            if (!observed) {
                categories.add(h.category().key());
                observeOnly = false;
            }
        }
        if (observeOnly) {
            group.forEach(p -> categories.add(p.hit().category().key()));
        }
        return new Segment(text.substring(from, to), String.join("; ", rules), String.join(" ", categories),
                observeOnly, String.join(" ", roles));
    }
}
