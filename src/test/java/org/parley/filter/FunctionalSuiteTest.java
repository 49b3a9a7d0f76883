package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Parley's own functional test suite for hate speech and abuse, in HateCheck's manner but with other target groups
 * and other wordings ({@code src/test/resources/filter/functional/README.md}). It prints the mass-check view of the
 * default pack per functionality and per group, and holds every functionality to the number of cases it got right
 * when its floor was last recorded, so that work on reading statements rather than words can only move forward.
 * Every miss with the rules that fired: {@code -Dparley.functional.misses=true}.
 *
 * <p>Cases are judged by the score alone, every site policy at PUBLISH: {@code profanity_nh} thereby checks that
 * untargeted swearing adds nothing to a score, whatever a site then does with it. The policy functionalities also
 * show the share flagged with the shipped policy settings (profanity: HOLD).
 */
class FunctionalSuiteTest {

    private static final String CASES = "/filter/functional/cases.tsv";
    private static final String FLOORS = "/filter/functional/floors.tsv";
    private static final String HEADER = "functionality\texpected\tgroup\ttext";
    private static final int MIN_HATEFUL_CASES = 10;

    /** What a functionality asks of the filter; policy ones follow the site's notice or an admin setting. */
    enum Kind {
        HATEFUL(true, false), CONTRAST(false, false), ABUSE(true, true), PROFANITY(false, true);

        final boolean flag;
        final boolean policy;

        Kind(boolean flag, boolean policy) {
            this.flag = flag;
            this.policy = policy;
        }
    }

    /** The suite's functionalities in the order the report prints them; the README says what each one tests. */
    static final Map<String, Kind> FUNCTIONALITIES = functionalities(
            "derog_neg_emote", Kind.HATEFUL, "derog_neg_attrib", Kind.HATEFUL, "derog_dehum", Kind.HATEFUL,
            "derog_impl", Kind.HATEFUL, "derog_compare", Kind.HATEFUL, "threat_direct", Kind.HATEFUL, "threat_norm", Kind.HATEFUL,
            "hate_question", Kind.HATEFUL, "hate_opinion", Kind.HATEFUL, "hate_neg_positive", Kind.HATEFUL,
            "hate_pronoun", Kind.HATEFUL, "hate_supremacy", Kind.HATEFUL, "hate_conspiracy", Kind.HATEFUL,
            "spell_leet", Kind.HATEFUL, "spell_space_add", Kind.HATEFUL, "spell_char_drop", Kind.HATEFUL,
            "spell_space_del", Kind.HATEFUL, "slur_person", Kind.HATEFUL,
            "negation", Kind.CONTRAST, "counter_quote", Kind.CONTRAST, "counter_ref", Kind.CONTRAST,
            "neutral_group", Kind.CONTRAST, "news_group", Kind.CONTRAST, "positive_group", Kind.CONTRAST,
            "object_hate", Kind.CONTRAST, "slur_homonym", Kind.CONTRAST,
            "profanity_nh", Kind.PROFANITY, "abuse_indiv", Kind.ABUSE, "abuse_group_nh", Kind.ABUSE);

    record Case(int line, String functionality, String expected, String group, String text) {

        boolean shouldFlag() {
            return "flag".equals(expected);
        }
    }

    /**
     * A case with the verdict of the score alone (every site policy at PUBLISH), which the floors hold, and the
     * verdict with the shipped policy settings, which the policy column shows.
     */
    record Judged(Case test, Verdict verdict, Verdict shipped) {

        boolean flagged() {
            return verdict.decision() != Decision.PUBLISH;
        }

        boolean flaggedAsShipped() {
            return shipped.decision() != Decision.PUBLISH;
        }

        boolean right() {
            return flagged() == test.shouldFlag();
        }
    }

    record Tally(int cases, int right, int flagged) {

        static Tally of(List<Judged> judged) {
            return new Tally(judged.size(), (int) judged.stream().filter(Judged::right).count(),
                    (int) judged.stream().filter(Judged::flaggedAsShipped).count());
        }

        double share(int n) {
            return cases == 0 ? 0 : 100.0 * n / cases;
        }
    }

    /** Judged once for all tests: the pack is the same and the report should be printed only once. */
    private static List<Judged> judgedOnce;

    @Test
    void theCasesAreWellFormed() throws IOException {
        List<String> problems = SuiteFiles.problemsOf(CASES, HEADER, 4, 3, (cols, at, found) -> {
            Kind kind = FUNCTIONALITIES.get(cols[0]);
            if (kind == null) {
                found.add(at + ": unknown functionality '" + cols[0] + "'");
            }
            if (!cols[1].equals("flag") && !cols[1].equals("pass")) {
                found.add(at + ": expected is '" + cols[1] + "', not flag or pass");
            } else if (kind != null && cols[1].equals("flag") != kind.flag) {
                // A case whose expectation contradicts its functionality would make that functionality's score lie.
                found.add(at + ": " + cols[0] + " cases are '" + (kind.flag ? "flag" : "pass") + "'");
            }
            if (cols[2].isBlank()) {
                found.add(at + ": an empty group");
            }
        });
        assertTrue(problems.isEmpty(), () -> "cases.tsv:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyHatefulFunctionalityHasEnoughCasesToMeanSomething() throws IOException {
        Map<String, Long> counts = cases().stream()
                .collect(Collectors.groupingBy(Case::functionality, Collectors.counting()));
        List<String> thin = FUNCTIONALITIES.entrySet().stream()
                .filter(e -> e.getValue() == Kind.HATEFUL)
                .filter(e -> counts.getOrDefault(e.getKey(), 0L) < MIN_HATEFUL_CASES)
                .map(e -> e.getKey() + " has " + counts.getOrDefault(e.getKey(), 0L))
                .toList();
        assertTrue(thin.isEmpty(), () -> "fewer than " + MIN_HATEFUL_CASES + " cases: " + thin);
        List<String> absent = FUNCTIONALITIES.keySet().stream().filter(f -> !counts.containsKey(f)).toList();
        assertTrue(absent.isEmpty(), () -> "functionalities without a single case: " + absent);
    }

    @Test
    void everyFunctionalityHasExactlyOneRecordedFloorThatItsCasesCanReach() throws IOException {
        Map<String, Integer> floors = floors();
        Map<String, Long> counts = cases().stream()
                .collect(Collectors.groupingBy(Case::functionality, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        for (String functionality : FUNCTIONALITIES.keySet()) {
            Integer floor = floors.get(functionality);
            if (floor == null) {
                problems.add(functionality + " has no floor");
            } else if (floor > counts.getOrDefault(functionality, 0L)) {
                // Deleting cases must not quietly turn a floor into one that nothing can meet, or the reverse.
                problems.add(functionality + " has a floor of " + floor + " but only "
                        + counts.getOrDefault(functionality, 0L) + " cases");
            }
        }
        floors.keySet().stream().filter(f -> !FUNCTIONALITIES.containsKey(f))
                .forEach(f -> problems.add("floors.tsv names unknown functionality " + f));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyFunctionalityIsAtLeastAsGoodAsItsRecordedFloor() throws IOException {
        Map<String, List<Judged>> byFunctionality = byFunctionality(judged());
        Map<String, Integer> rights = new LinkedHashMap<>();
        for (String functionality : FUNCTIONALITIES.keySet()) {
            rights.put(functionality, Tally.of(byFunctionality.getOrDefault(functionality, List.of())).right());
        }
        SuiteFiles.holdToFloors(rights, FLOORS, "functionality");
    }

    private static synchronized List<Judged> judged() throws IOException {
        if (judgedOnce == null) {
            // A case of an unknown functionality has no kind to be scored by; theCasesAreWellFormed names it.
            judgedOnce = cases().stream().filter(c -> FUNCTIONALITIES.containsKey(c.functionality()))
                    .map(c -> new Judged(c, DefaultPack.judgeByScore(c.text()), DefaultPack.judge(c.text())))
                    .toList();
            System.out.println(report(judgedOnce));
            if (Boolean.getBoolean("parley.functional.misses")) {
                judgedOnce.stream().filter(j -> !j.right()).forEach(j -> System.out.println(String.format(
                        Locale.ROOT, "  WRONG %-18s %-4s %-7s %s  %s", j.test().functionality(),
                        j.test().expected(), j.verdict().decision(), j.test().text(),
                        j.verdict().hits().stream().map(Hit::rule).distinct().toList())));
            }
        }
        return judgedOnce;
    }

    /** The mass-check view: per functionality, per group and overall, policy functionalities apart. */
    static String report(List<Judged> judged) {
        StringBuilder out = new StringBuilder("Functional suite, default pack\n");
        out.append(String.format(Locale.ROOT, "%-18s %-9s %6s %6s %7s%n", "functionality", "kind", "cases",
                "right", "%"));
        Map<String, List<Judged>> byFunctionality = byFunctionality(judged);
        for (Map.Entry<String, Kind> f : FUNCTIONALITIES.entrySet()) {
            Tally t = Tally.of(byFunctionality.getOrDefault(f.getKey(), List.of()));
            out.append(String.format(Locale.ROOT, "%-18s %-9s %6d %6d %6.1f%%%s%n", f.getKey(),
                    f.getValue().name().toLowerCase(Locale.ROOT), t.cases(), t.right(), t.share(t.right()),
                    f.getValue().policy ? String.format(Locale.ROOT, "   policy: %.1f%% flagged as shipped",
                            t.share(t.flagged())) : ""));
        }
        // Policy functionalities follow a setting, not a truth about hate, so they stay out of the headline.
        List<Judged> scored = judged.stream().filter(j -> !kind(j).policy).toList();
        Tally hateful = Tally.of(scored.stream().filter(j -> kind(j) == Kind.HATEFUL).toList());
        Tally contrast = Tally.of(scored.stream().filter(j -> kind(j) == Kind.CONTRAST).toList());
        Tally all = Tally.of(scored);
        out.append(String.format(Locale.ROOT, "%nhateful flagged        %4d / %-4d %6.1f%%%n", hateful.right(),
                hateful.cases(), hateful.share(hateful.right())));
        out.append(String.format(Locale.ROOT, "contrasts passed       %4d / %-4d %6.1f%%%n", contrast.right(),
                contrast.cases(), contrast.share(contrast.right())));
        out.append(String.format(Locale.ROOT, "overall (no policy)    %4d / %-4d %6.1f%%%n", all.right(), all.cases(),
                all.share(all.right())));
        out.append(String.format(Locale.ROOT, "%n%-16s %14s %16s%n", "group", "hateful right", "contrasts right"));
        Map<String, List<Judged>> byGroup = new TreeMap<>(scored.stream()
                .collect(Collectors.groupingBy(j -> j.test().group())));
        for (Map.Entry<String, List<Judged>> g : byGroup.entrySet()) {
            Tally h = Tally.of(g.getValue().stream().filter(j -> kind(j) == Kind.HATEFUL).toList());
            Tally c = Tally.of(g.getValue().stream().filter(j -> kind(j) == Kind.CONTRAST).toList());
            out.append(String.format(Locale.ROOT, "%-16s %14s %16s%n", g.getKey(), fraction(h), fraction(c)));
        }
        return out.toString();
    }

    private static String fraction(Tally t) {
        return t.cases() == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %3.0f%%", t.right(), t.cases(),
                t.share(t.right()));
    }

    private static Kind kind(Judged j) {
        return FUNCTIONALITIES.get(j.test().functionality());
    }

    private static Map<String, List<Judged>> byFunctionality(List<Judged> judged) {
        return judged.stream().collect(Collectors.groupingBy(j -> j.test().functionality()));
    }

    static List<Case> cases() throws IOException {
        List<String> lines = SuiteFiles.read(CASES);
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!SuiteFiles.isCommentOrBlank(lines.get(i))) {
                String[] cols = lines.get(i).split("\t", -1);
                if (cols.length == 4) {
                    cases.add(new Case(i + 1, cols[0], cols[1], cols[2], cols[3]));
                }
            }
        }
        return cases;
    }

    static Map<String, Integer> floors() throws IOException {
        return SuiteFiles.floors(FLOORS, "functionality");
    }


    private static Map<String, Kind> functionalities(Object... nameThenKind) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenKind.length; i += 2) {
            map.put((String) nameThenKind[i], (Kind) nameThenKind[i + 1]);
        }
        return map;
    }
}
