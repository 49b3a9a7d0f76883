package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parley.filter.ruleset.RulePack;

/**
 * Readers' comments on the demo article about the US troop drawdown in Iraq, written by hand
 * ({@code src/test/resources/filter/iraq/cases.tsv}): racist, abusive and off-topic ones to be flagged, and clean
 * ones (arguments, strong disagreement, criticism of governments and armies, groups named neutrally, links to news
 * sources, mild language) to be published. Each is judged by the default pack as a comment under that article, so
 * relevance counts as it does on the site. It prints the share caught per category and the clean ones flagged, and
 * holds each category to the right answers recorded in {@code floors.tsv}. Every miss with the rules that fired:
 * {@code -Dparley.iraq.misses=true}.
 *
 * <p>The floors hold the score alone, every site policy at PUBLISH: mild swearing in a clean comment is the site's
 * call (docs/filter-policy.md), not a miss of the filter. The share of clean comments the shipped settings hold is
 * printed beside it.
 */
class IraqArticleSuiteTest {

    private static final String CASES = "/filter/iraq/cases.tsv";
    private static final String FLOORS = "/filter/iraq/floors.tsv";
    private static final String HEADER = "expected\tcategory\ttext";
    private static final String ARTICLE = "us-to-withdraw-troops-from-iraq";

    /** The categories in the order the report prints them, with the least number of cases each must have. */
    private static final Map<String, Integer> MIN_CASES = new LinkedHashMap<>(Map.of());

    static {
        MIN_CASES.put("racist", 40);
        MIN_CASES.put("abusive", 40);
        MIN_CASES.put("offtopic", 40);
        MIN_CASES.put("clean", 150);
    }

    record Case(int line, String expected, String category, String text) {

        boolean shouldFlag() {
            return "flag".equals(expected);
        }
    }

    record Judged(Case test, Verdict verdict) {

        boolean flagged() {
            return verdict.decision() != Decision.PUBLISH;
        }

        boolean right() {
            return flagged() == test.shouldFlag();
        }
    }

    /** Judged once for all tests: the pack is the same and the report should be printed only once. */
    private static List<Judged> judgedOnce;

    @Test
    void theCasesAreWellFormed() throws IOException {
        List<String> problems = SuiteFiles.problemsOf(CASES, HEADER, 3, 2, (cols, at, found) -> {
            String expected = cols[1].equals("clean") ? "pass" : "flag";
            if (!MIN_CASES.containsKey(cols[1])) {
                found.add(at + ": unknown category '" + cols[1] + "'");
            } else if (!cols[0].equals(expected)) {
                // An expectation that contradicts the category would make that category's share lie.
                found.add(at + ": " + cols[1] + " cases are '" + expected + "', not '" + cols[0] + "'");
            }
        });
        assertTrue(problems.isEmpty(), () -> "cases.tsv:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyCategoryHasEnoughCasesToMeanSomething() throws IOException {
        Map<String, Long> counts = cases().stream().collect(Collectors.groupingBy(Case::category,
                Collectors.counting()));
        List<String> thin = MIN_CASES.entrySet().stream()
                .filter(e -> counts.getOrDefault(e.getKey(), 0L) < e.getValue())
                .map(e -> e.getKey() + " has " + counts.getOrDefault(e.getKey(), 0L) + ", wants " + e.getValue())
                .toList();
        assertTrue(thin.isEmpty(), () -> "too few cases: " + thin);
    }

    @Test
    void everyCategoryHasExactlyOneRecordedFloorThatItsCasesCanReach() throws IOException {
        Map<String, Integer> floors = floors();
        Map<String, Long> counts = cases().stream().collect(Collectors.groupingBy(Case::category,
                Collectors.counting()));
        List<String> problems = new ArrayList<>();
        for (String category : MIN_CASES.keySet()) {
            Integer floor = floors.get(category);
            if (floor == null) {
                problems.add(category + " has no floor");
            } else if (floor > counts.getOrDefault(category, 0L)) {
                problems.add(category + " has a floor of " + floor + " but only " + counts.getOrDefault(category, 0L)
                        + " cases");
            }
        }
        floors.keySet().stream().filter(c -> !MIN_CASES.containsKey(c))
                .forEach(c -> problems.add("floors.tsv names unknown category " + c));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyCategoryIsAtLeastAsGoodAsItsRecordedFloor() throws IOException {
        Map<String, List<Judged>> byCategory = byCategory(judged());
        Map<String, Integer> rights = new LinkedHashMap<>();
        for (String category : MIN_CASES.keySet()) {
            rights.put(category, (int) byCategory.getOrDefault(category, List.of()).stream().filter(Judged::right)
                    .count());
        }
        SuiteFiles.holdToFloors(rights, FLOORS, "category");
    }

    private static synchronized List<Judged> judged() throws IOException {
        if (judgedOnce == null) {
            Submission.Context article = DefaultPack.demoArticle(ARTICLE);
            judgedOnce = cases().stream().filter(c -> MIN_CASES.containsKey(c.category()))
                    .map(c -> new Judged(c, DefaultPack.judgeByScore(c.text(), article))).toList();
            System.out.println(report(judgedOnce));
            List<Case> clean = cases().stream().filter(c -> c.category().equals("clean")).toList();
            long heldAsShipped = clean.stream()
                    .filter(c -> DefaultPack.judge(c.text(), article).decision() != Decision.PUBLISH).count();
            System.out.println(String.format(Locale.ROOT, "clean flagged with the shipped policy settings %s: "
                    + "%d / %d%n", RulePack.writePolicies(DefaultPack.RULES.thresholds()), heldAsShipped,
                    clean.size()));
            if (Boolean.getBoolean("parley.iraq.misses")) {
                judgedOnce.stream().filter(j -> !j.right()).forEach(j -> System.out.println(String.format(
                        Locale.ROOT, "  WRONG %-8s %-7s %s  %s", j.test().category(), j.verdict().decision(),
                        j.test().text(), j.verdict().hits().stream().map(h -> h.rule() + " " + h.score())
                                .distinct().toList())));
            }
        }
        return judgedOnce;
    }

    static String report(List<Judged> judged) {
        StringBuilder out = new StringBuilder("Iraq article suite, default pack, judged as comments on the article "
                + "by the score alone (every policy at PUBLISH)\n");
        Map<String, List<Judged>> byCategory = byCategory(judged);
        for (String category : MIN_CASES.keySet()) {
            List<Judged> cases = byCategory.getOrDefault(category, List.of());
            long flagged = cases.stream().filter(Judged::flagged).count();
            out.append(String.format(Locale.ROOT, "%-9s %4d / %-4d flagged %6.1f%%%s%n", category, flagged,
                    cases.size(), cases.isEmpty() ? 0 : 100.0 * flagged / cases.size(),
                    category.equals("clean") ? "  (should be published)" : "  (should be flagged)"));
        }
        return out.toString();
    }

    private static Map<String, List<Judged>> byCategory(List<Judged> judged) {
        return judged.stream().collect(Collectors.groupingBy(j -> j.test().category()));
    }

    static List<Case> cases() throws IOException {
        List<String> lines = SuiteFiles.read(CASES);
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!SuiteFiles.isCommentOrBlank(lines.get(i))) {
                String[] cols = lines.get(i).split("\t", -1);
                if (cols.length == 3) {
                    cases.add(new Case(i + 1, cols[0], cols[1], cols[2]));
                }
            }
        }
        return cases;
    }

    static Map<String, Integer> floors() throws IOException {
        return SuiteFiles.floors(FLOORS, "category");
    }

}
