package org.parley.filter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The mass-check view of the default pack on HateCheck's development half ({@code ../shared/data/hatecheck}): the
 * share right per functionality, the share over the 25 that HateCheck and a news site agree on, and for the four
 * that are a matter of the site's policy (abuse at one person or at a group that is not protected, untargeted
 * profanity, reclaimed slurs) the share flagged. Each functionality is held to the number of cases it got right
 * when its floor was last recorded ({@code filter/hatecheck-floors.tsv}), so that the filter can only move
 * forward. Every miss with the rules that fired: {@code -Dparley.hatecheck.misses=true}.
 *
 * <p>The 25 functionalities are judged by the score alone, every site policy at PUBLISH, since what a site does with
 * untargeted profanity is its choice and not something the filter finds or misses (a counter-speech case that swears
 * is held under the shipped settings on purpose). The four policy ones are judged with the settings a fresh install
 * has ({@code docs/filter-policy.md}) and are right when they follow them: abuse at one person or at a group that
 * is not protected held or rejected as abusive, not as racist; untargeted profanity and reclaimed slurs as the
 * profanity and reclaimed-slur settings say (published and held by default).
 */
class HateCheckEvaluationTest {

    private static final Path FILE = Path.of("../shared/data/hatecheck/data.tsv");
    private static final String FLOORS = "/filter/hatecheck-floors.tsv";
    /** HateCheck calls these not hateful; under "Racist, abusive and off-topic comments may be removed" they are policy. */
    static final Set<String> POLICY = Set.of("target_indiv_nh", "target_group_nh", "profanity_nh", "slur_reclaimed_nh");

    record Tally(int cases, int right, int flagged) {
    }

    @Test
    void everyFunctionalityIsAtLeastAsGoodAsItsRecordedFloor() throws IOException {
        Assumptions.assumeTrue(Files.exists(FILE), "skipped: " + FILE.toAbsolutePath() + " is not present");
        Map<String, Tally> tallies = judge(Files.readAllLines(FILE, StandardCharsets.UTF_8));
        System.out.println(report(tallies));
        Map<String, Integer> rights = new TreeMap<>();
        tallies.forEach((functionality, tally) -> rights.put(functionality, tally.right()));
        SuiteFiles.holdToFloors(rights, FLOORS, "functionality");
    }

    private static Map<String, Tally> judge(List<String> lines) {
        Map<String, Tally> tallies = new TreeMap<>();
        boolean misses = Boolean.getBoolean("parley.hatecheck.misses");
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            String functionality = cols[2].substring(0, cols[2].indexOf('/'));
            boolean hateful = !cols[0].equals("clean");
            Verdict verdict = POLICY.contains(functionality) ? DefaultPack.judgeAsInstalled(cols[1])
                    : DefaultPack.judgeByScore(cols[1]);
            boolean flagged = verdict.decision() != Decision.PUBLISH;
            boolean right = POLICY.contains(functionality) ? followsTheDefaults(functionality, verdict)
                    : flagged == hateful;
            Tally t = tallies.getOrDefault(functionality, new Tally(0, 0, 0));
            tallies.put(functionality, new Tally(t.cases() + 1, t.right() + (right ? 1 : 0),
                    t.flagged() + (flagged ? 1 : 0)));
            if (misses && !right) {
                System.out.println(String.format(Locale.ROOT, "  WRONG %-20s %-7s %s  %s", functionality,
                        verdict.decision(), cols[1], verdict.hits().stream().map(Hit::rule).distinct().toList()));
            }
        }
        return tallies;
    }

    /** Whether a policy case got what the installed settings promise for its kind. */
    private static boolean followsTheDefaults(String functionality, Verdict verdict) {
        Decision setting = switch (functionality) {
            case "profanity_nh" -> DefaultPack.AS_INSTALLED.thresholds().policy(Policy.PROFANITY);
            case "slur_reclaimed_nh" -> DefaultPack.AS_INSTALLED.thresholds().policy(Policy.RECLAIMABLE_SLUR);
            // Abuse, but not hate: held (or, when several things are said, rejected) as abusive.
            default -> null;
        };
        if (setting == null) {
            return verdict.decision() != Decision.PUBLISH && verdict.category() == Category.ABUSIVE;
        }
        return setting == Decision.PUBLISH ? verdict.decision() == Decision.PUBLISH
                : verdict.decision() != Decision.PUBLISH;
    }

    static String report(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder("== HateCheck (dev half), default pack, hold or reject = flagged\n");
        int cases = 0;
        int right = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            boolean policy = POLICY.contains(e.getKey());
            out.append(String.format(Locale.ROOT, "  %-22s %4d  %s %5.1f %%%n", e.getKey(), t.cases(),
                    policy ? "as installed    " : "right           ", 100.0 * t.right() / t.cases()));
            if (!policy) {
                cases += t.cases();
                right += t.right();
            }
        }
        out.append(String.format(Locale.ROOT, "  over the %d functionalities that are not policy: %d of %d right, "
                + "%.1f %%%n", tallies.size() - POLICY.size(), right, cases, 100.0 * right / cases));
        return out.toString();
    }
}
