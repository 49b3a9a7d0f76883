package org.parley.filter.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.parley.filter.Decision;
import org.parley.filter.Hit;
import org.parley.filter.Verdict;

/**
 * Runs a rule set over labelled texts and reports how well it sorts them, the way SpamAssassin's mass-check
 * does: precision, recall and F1 for abusive-or-racist against clean and for off-topic against clean, the share
 * of clean texts flagged, and for each rule its hits per label.
 */
public final class MassCheck {

    public static final String CLEAN = "clean";
    private static final Set<String> ABUSE = Set.of("racist", "abusive");

    /** One labelled text: label is racist, abusive, offtopic or clean. */
    public record Row(String label, String text) {
    }

    /** Precision, recall and F1 of one yes/no question. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** What one rule did: rows it hit per label. */
    public record RuleStats(String rule, Map<String, Integer> hitsByLabel) {
        public int total() {
            return hitsByLabel.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int onClean() {
            return hitsByLabel.getOrDefault(CLEAN, 0);
        }
    }

    /** The whole report. */
    public record Report(int rows, Map<String, Integer> rowsByLabel, Score abuse, Score offtopic, int cleanFlagged,
            List<RuleStats> rules, List<Row> missed, List<Row> wronglyFlagged) {

        public double cleanFlaggedShare() {
            int clean = rowsByLabel.getOrDefault(CLEAN, 0);
            return clean == 0 ? 0 : (double) cleanFlagged / clean;
        }

        /** As a plain-text table. */
        public String format(String title) {
            StringBuilder out = new StringBuilder();
            out.append("== ").append(title).append(": ").append(rows).append(" rows ").append(rowsByLabel).append('\n');
            line(out, "abusive-or-racist vs clean", abuse);
            line(out, "off-topic vs clean", offtopic);
            out.append(String.format(Locale.ROOT, "  clean rows flagged: %d (%.2f %%)%n", cleanFlagged,
                    100 * cleanFlaggedShare()));
            out.append(String.format(Locale.ROOT, "  %-28s %8s %8s %9s %8s %7s %8s%n", "rule", "racist", "abusive",
                    "offtopic", "clean", "on bad", "FP clean"));
            int clean = Math.max(1, rowsByLabel.getOrDefault(CLEAN, 0));
            for (RuleStats r : rules) {
                Map<String, Integer> h = r.hitsByLabel();
                out.append(String.format(Locale.ROOT, "  %-28s %8d %8d %9d %8d %6.1f%% %7.2f%%%n", r.rule(),
                        h.getOrDefault("racist", 0), h.getOrDefault("abusive", 0), h.getOrDefault("offtopic", 0),
                        r.onClean(), r.total() == 0 ? 0 : 100.0 * (r.total() - r.onClean()) / r.total(),
                        100.0 * r.onClean() / clean));
            }
            return out.toString();
        }

        private static void line(StringBuilder out, String name, Score s) {
            out.append(String.format(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n", name,
                    s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
        }
    }

    private MassCheck() {
    }

    /**
     * @param judge the filter with the rule set under test (a live check, never counted as a submission)
     */
    public static Report run(List<Row> rows, Function<String, Verdict> judge) {
        Map<String, Integer> byLabel = new TreeMap<>();
        Map<String, Map<String, Integer>> ruleHits = new LinkedHashMap<>();
        int abuseTp = 0, abuseFp = 0, abuseFn = 0, offTp = 0, offFp = 0, offFn = 0, cleanFlagged = 0;
        List<Row> missed = new ArrayList<>();
        List<Row> wronglyFlagged = new ArrayList<>();
        for (Row row : rows) {
            String label = row.label();
            byLabel.merge(label, 1, Integer::sum);
            Verdict verdict = judge.apply(row.text());
            String predicted = verdict.decision() == Decision.PUBLISH || verdict.category() == null ? CLEAN
                    : verdict.category().key();
            verdict.hits().stream().map(Hit::rule).distinct().forEach(rule ->
                    ruleHits.computeIfAbsent(rule, k -> new TreeMap<>()).merge(label, 1, Integer::sum));
            boolean isAbuse = ABUSE.contains(label);
            boolean saysAbuse = ABUSE.contains(predicted);
            if (isAbuse || label.equals(CLEAN)) {
                abuseTp += isAbuse && saysAbuse ? 1 : 0;
                abuseFn += isAbuse && !saysAbuse ? 1 : 0;
                abuseFp += !isAbuse && saysAbuse ? 1 : 0;
            }
            boolean isOff = label.equals("offtopic");
            boolean saysOff = predicted.equals("offtopic");
            if (isOff || label.equals(CLEAN)) {
                offTp += isOff && saysOff ? 1 : 0;
                offFn += isOff && !saysOff ? 1 : 0;
                offFp += !isOff && saysOff ? 1 : 0;
            }
            if (label.equals(CLEAN) && verdict.decision() != Decision.PUBLISH) {
                cleanFlagged++;
                wronglyFlagged.add(row);
            } else if (!label.equals(CLEAN) && predicted.equals(CLEAN)) {
                missed.add(row);
            }
        }
        List<RuleStats> stats = ruleHits.entrySet().stream()
                .map(e -> new RuleStats(e.getKey(), Map.copyOf(e.getValue()))).toList();
        return new Report(rows.size(), Map.copyOf(byLabel), new Score(abuseTp, abuseFp, abuseFn),
                new Score(offTp, offFp, offFn), cleanFlagged, stats, missed, wronglyFlagged);
    }

    /** Reads {@code label<TAB>text[<TAB>...]} lines; a first line starting with "label" is a header. */
    public static List<Row> parseTsv(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("label\t"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " has no label<TAB>text");
            }
            int second = line.indexOf('\t', tab + 1);
            String label = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
            rows.add(new Row(label, second < 0 ? line.substring(tab + 1) : line.substring(tab + 1, second)));
        }
        return rows;
    }
}
