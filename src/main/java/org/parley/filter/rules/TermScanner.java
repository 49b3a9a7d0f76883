package org.parley.filter.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.parley.filter.Budget;
import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.TextView;

/**
 * Every term list of a rule set in one Aho-Corasick automaton per reading, so a text is scanned once however
 * many term rules there are; the matches are then handed out to the tables they belong to. Immutable and
 * thread-safe.
 */
public final class TermScanner {

    /** A match for one table, as a span of the original text. */
    public record Span(int start, int end) {
    }

    private record Entry(int table, TermTable.Compiled compiled) {
    }

    private record MaskEntry(int table, TermTable.Maskable maskable) {
    }

    private final Map<Long, List<MaskEntry>> maskPrefixes = new HashMap<>();

    private final Map<TermTable, Integer> index = new IdentityHashMap<>();
    private final List<TermTable> tables;
    private final Reading mainTerms;
    private final Reading squeezedTerms;
    private final Map<Long, List<MaskEntry>> masks = new HashMap<>();
    /** Under which key an inspection remembers this scanner's scan of each field. */
    private final Object[] scanKeys = new Object[Field.values().length];

    public TermScanner(List<TermTable> tables) {
        this.tables = List.copyOf(tables);
        Map<String, List<Entry>> main = new HashMap<>();
        Map<String, List<Entry>> squeezed = new HashMap<>();
        for (int t = 0; t < this.tables.size(); t++) {
            TermTable table = this.tables.get(t);
            index.put(table, t);
            int id = t;
            table.main.forEach((k, v) -> v.forEach(c -> main.computeIfAbsent(k, x -> new ArrayList<>(1))
                    .add(new Entry(id, c))));
            table.squeezed.forEach((k, v) -> v.forEach(c -> squeezed.computeIfAbsent(k, x -> new ArrayList<>(1))
                    .add(new Entry(id, c))));
            table.maskable.forEach((k, v) -> v.forEach(m -> masks.computeIfAbsent(k, x -> new ArrayList<>(1))
                    .add(new MaskEntry(id, m))));
            table.maskablePrefixes.forEach((k, v) -> v.forEach(m -> maskPrefixes.computeIfAbsent(k,
                    x -> new ArrayList<>(1)).add(new MaskEntry(id, m))));
        }
        for (Field field : Field.values()) {
            scanKeys[field.ordinal()] = new ScanKey(field);
        }
        this.mainTerms = new Reading(main);
        this.squeezedTerms = new Reading(squeezed);
    }

    /** One reading's automaton, and for each of its keywords the terms it stands for. */
    private static final class Reading {
        final TermAutomaton automaton;
        final Entry[][] entries;

        Reading(Map<String, List<Entry>> terms) {
            automaton = new TermAutomaton(terms.keySet());
            entries = new Entry[automaton.keywordCount()][];
            for (int k = 0; k < entries.length; k++) {
                entries[k] = terms.get(automaton.keyword(k)).toArray(Entry[]::new);
            }
        }
    }

    /**
     * The matches of one table in a submission: from the rule set's shared scan when the inspection has a
     * scanner that serves the table (one pass for all tables, done once), else from the table's own.
     */
    public static List<Span> matchesOf(Inspection input, TermTable table) {
        TermScanner shared = input.termScanner();
        Integer sharedIndex = shared == null ? null : shared.index.get(table);
        TermScanner scanner = sharedIndex != null ? shared : table.alone();
        int index = sharedIndex != null ? sharedIndex : 0;
        List<List<Span>> all = input.remember(scanner.scanKey(table.field),
                () -> scanner.scan(input.normalised(table.field), table.field, input.budget()));
        return all.get(index);
    }

    /** The key under which an inspection remembers this scanner's scan of {@code field}. */
    public Object scanKey(Field field) {
        return scanKeys[field.ordinal()];
    }

    /** Equal only to itself: found by identity, without building or hashing a composite key per rule. */
    private static final class ScanKey {
        private final Field field;

        ScanKey(Field field) {
            this.field = field;
        }

        @Override
        public String toString() {
            return "scan of " + field;
        }
    }

    /** Whether this scanner serves the table. */
    public boolean covers(TermTable table) {
        return index.containsKey(table);
    }

    /** The position of a table in {@link #scan}'s result. */
    public int indexOf(TermTable table) {
        return index.get(table);
    }

    /** All matches of all tables reading {@code field}, per table index. */
    public List<List<Span>> scan(NormalisedText text, Field field, Budget budget) {
        // Most tables find nothing in most texts: they share the empty list until they do.
        @SuppressWarnings("unchecked")
        List<Span>[] perTable = new List[tables.size()];
        Arrays.fill(perTable, List.of());
        List<List<Span>> found = Arrays.asList(perTable);
        scan(text, text.main(), mainTerms, false, false, field, found, budget);
        // The squeezed reading is for stretched words ("fuuuck"): most texts have doubled letters ("all", "been")
        // but no letter three times in a row, and scanning them twice costs a fifth of the whole filter.
        if (!text.squeezed().text().equals(text.main().text()) && hasStretch(text.original())) {
            scan(text, text.squeezed(), squeezedTerms, true, false, field, found, budget);
        }
        if (!text.joined().text().equals(text.main().text())) {
            scan(text, text.joined(), mainTerms, false, true, field, found, budget);
        }
        if ((!masks.isEmpty() || !maskPrefixes.isEmpty()) && text.main().text().indexOf('*') >= 0) {
            TextView unmasked = unmask(text.main(), field, budget);
            if (unmasked != null) {
                scan(text, unmasked, mainTerms, false, false, field, found, budget);
            }
        }
        return found;
    }

    private void scan(NormalisedText text, TextView view, Reading reading, boolean squeezedReading, boolean joined,
            Field field, List<List<Span>> found, Budget budget) {
        String s = view.text();
        budget.stepDone();
        reading.automaton.scan(s, (start, end, keyword) -> {
            budget.tick();
            // The squeezed reading is for stretched words ("fuuuck"): a stretch written without any doubled
            // letter is another word ("as" is not "ass", "Niger" is not a slur).
            if (squeezedReading && !hasDoubledLetter(text.original(), view.originalStart(start),
                    view.originalEnd(end))) {
                return;
            }
            for (Entry entry : reading.entries[keyword]) {
                TermTable.Compiled term = entry.compiled();
                TermTable table = tables.get(entry.table());
                // Letters joined across spaces are only read as single words, never inside one ("f u c k").
                if (table.field != field || (joined && !term.joinable())
                        || table.mainReadingOnly && (joined || squeezedReading)
                        || !(stands(s, start, end, term.match()) || joined && standsAfterLoneWord(view, start, end,
                                term.match()))
                        || excused(s, start, end, squeezedReading ? term.squeezedExceptions() : term.exceptions())
                        || OtherSense.near(s, start, end, term.unlessNear(), budget)) {
                    continue;
                }
                add(found, entry.table(), view.originalStart(start), view.originalEnd(end));
            }
        });
    }

    /**
     * The main reading with each masked word ("f*ck", "b**ch") replaced by the listed word it stands for: a
     * listed word of the same length, first and last letter, whose other letters agree wherever the writer left
     * one. The replacement has the same length, so the view keeps the main reading's map; phrases and exceptions
     * are then matched as usual ("f*ck you", "D*ck Cheney"). Null when no masked word stands for a listed one.
     */
    private TextView unmask(TextView view, Field field, Budget budget) {
        String s = view.text();
        char[] unmasked = null;
        int i = 0;
        while (i < s.length()) {
            budget.tick();
            while (i < s.length() && !isMaskChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            boolean masked = false;
            while (i < s.length() && isMaskChar(s.charAt(i))) {
                masked |= s.charAt(i) == '*';
                i++;
            }
            int end = i;
            if (!masked || end - start < 4 || s.charAt(start) == '*' || s.charAt(end - 1) == '*') {
                continue;
            }
            String word = wordFor(s, start, end, field);
            if (word != null) {
                if (unmasked == null) {
                    unmasked = s.toCharArray();
                }
                word.getChars(0, word.length(), unmasked, start);
            }
        }
        return unmasked == null ? null : new TextView(new String(unmasked), view.starts(), view.ends());
    }

    /** The listed word (or word start) a masked word stands for, or null. */
    private String wordFor(String s, int start, int end, Field field) {
        List<MaskEntry> whole = masks.get(TermTable.maskKey(s.charAt(start), s.charAt(end - 1), end - start));
        if (whole != null) {
            // A listed word first; a word of a listed phrase ("where" in "where to buy") only if no listed word fits.
            String fromPhrase = null;
            for (MaskEntry candidate : whole) {
                String term = candidate.maskable().term();
                if (tables.get(candidate.table()).field == field && agrees(s, start, term)) {
                    if (!candidate.maskable().fromPhrase()) {
                        return term;
                    }
                    fromPhrase = fromPhrase == null ? term : fromPhrase;
                }
            }
            if (fromPhrase != null) {
                return fromPhrase;
            }
        }
        for (int length = end - start - 1; length >= 4; length--) {
            List<MaskEntry> prefixes = maskPrefixes.get(TermTable.maskKey(s.charAt(start), '*', length));
            if (prefixes == null || s.charAt(start + length - 1) == '*') {
                continue;
            }
            for (MaskEntry candidate : prefixes) {
                String term = candidate.maskable().term();
                if (tables.get(candidate.table()).field == field && agrees(s, start, term)) {
                    return term;
                }
            }
        }
        return null;
    }

    /** One finding per place and table: a rule counts once anyway, and one highlight reads better. */
    private static void add(List<List<Span>> found, int table, int from, int to) {
        List<Span> spans = found.get(table);
        for (Span span : spans) {
            if (from < span.end() && span.start() < to) {
                return;
            }
        }
        if (spans.isEmpty()) {
            spans = new ArrayList<>(2);
            found.set(table, spans);
        }
        spans.add(new Span(from, to));
    }

    /** A letter three times or more in a row, case ignored. */
    private static boolean hasStretch(String original) {
        int run = 1;
        for (int i = 1; i < original.length(); i++) {
            char c = original.charAt(i);
            char previous = original.charAt(i - 1);
            // Two ASCII chars that are neither equal nor differ only in case are no run: most pairs of every text.
            if (c != previous && (c | previous) < 0x80 && (c ^ previous) != 0x20) {
                run = 1;
                continue;
            }
            run = Character.isLetter(c) && Character.toLowerCase(c) == Character.toLowerCase(previous)
                    ? run + 1 : 1;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDoubledLetter(String original, int from, int to) {
        int previous = -1;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            int lower = Character.toLowerCase(c);
            if (lower == previous) {
                return true;
            }
            previous = lower;
        }
        return false;
    }

    private static boolean agrees(String text, int start, String term) {
        int masks = 0;
        for (int k = 0; k < term.length(); k++) {
            char c = text.charAt(start + k);
            if (c == '*') {
                masks++;
            } else if (c != term.charAt(k)) {
                return false;
            }
        }
        // Half the word hidden is a guess, not a reading: "f**k" yes, "s***" no.
        return masks * 2 <= term.length();
    }

    private static boolean isMaskChar(char c) {
        return c == '*' || Character.isLetter(c);
    }

    private static boolean stands(String text, int start, int end, TermsRule.Match match) {
        return switch (match) {
            case SUBSTRING -> true;
            case PREFIX -> !isWordChar(text, start - 1);
            case WORD -> !isWordChar(text, start - 1) && !isWordChar(text, end);
        };
    }

    /**
     * In the joined reading, a spelled-out word may have swallowed a one-letter word before it ("a f u c k i n g
     * idiot" reads "afucking"): a match right after a lone "a" or "i" that was set apart in the original still
     * stands.
     */
    private static boolean standsAfterLoneWord(TextView view, int start, int end, TermsRule.Match match) {
        String s = view.text();
        if (start < 1 || "ai".indexOf(s.charAt(start - 1)) < 0 || isWordChar(s, start - 2)
                || view.starts()[start] <= view.ends()[start - 1]) {
            return false;
        }
        return match == TermsRule.Match.PREFIX || !isWordChar(s, end);
    }

    /** True when an exception (a longer innocent word or phrase) covers the match. */
    private static boolean excused(String text, int start, int end, List<String> exceptions) {
        for (String exception : exceptions) {
            // Only the places where the exception would cover [start, end) are tried: searching onwards with
            // indexOf would read to the end of the text for every match, quadratic in a text full of matches.
            int last = Math.min(start, text.length() - exception.length());
            for (int at = Math.max(0, end - exception.length()); at <= last; at++) {
                if (text.startsWith(exception, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        return Character.isLetterOrDigit(text.codePointAt(Character.isLowSurrogate(text.charAt(index)) && index > 0
                ? index - 1 : index));
    }
}
