package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every rule of the shipped pack carries texts it must hit and texts it must let through, and passes them as an
 * admin's save checks them ({@code RuleChecks}): each text stands as the comment and as the user name, and must
 * hit (or not hit) the rule by name with the rule compiled alone and within the whole pack; a combination is
 * checked only within the pack, a disabled rule as if enabled. A change to a rule or to the shipped leetspeak and
 * look-alike tables that stops a rule doing what it is for fails here, as it would be refused on the admin pages.
 */
class DefaultPackExamplesTest {

    private static final List<RuleSpec> PACK = RulePack.defaults(new ObjectMapper());
    private static final Normaliser NORMALISER = Normaliser.of(NormaliserTables.shipped());
    private static final FilterEngine ENGINE = new FilterEngine(10_000);

    /**
     * Rules an example can never show a hit of: an example is judged once (no spam wave) and without an article
     * (no relevance to measure); nor can a combination that needs one of them.
     */
    private static final Set<RuleType> NEVER_HIT_IN_AN_EXAMPLE = EnumSet.of(RuleType.RELEVANCE, RuleType.DUPLICATE);

    @Test
    void everyRulePassesItsOwnExamples() {
        CompiledRuleSet whole = compile(PACK);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (RuleSpec rule : PACK) {
            RuleExamples examples = RuleExamples.of(rule.params());
            RuleSpec on = enabled(rule);
            CompiledRuleSet inSet = rule.enabled() ? whole
                    : compile(PACK.stream().map(r -> Objects.equals(r.name(), rule.name()) ? on : r).toList());
            // A combination only means something next to the rules it names.
            CompiledRuleSet alone = rule.type() == RuleType.COMBINATION ? null : compile(List.of(on));
            for (String text : examples.match()) {
                checked++;
                if (alone != null && !hits(alone, rule.name(), text)) {
                    failures.add(rule.name() + ": must match \"" + text + "\" (no hit with the rule alone)");
                } else if (!hits(inSet, rule.name(), text)) {
                    failures.add(rule.name() + ": must match \"" + text + "\" (no hit in the rule set)");
                }
            }
            for (String text : examples.noMatch()) {
                checked++;
                if (alone != null && hits(alone, rule.name(), text)) {
                    failures.add(rule.name() + ": must not match \"" + text + "\" (hit with the rule alone)");
                } else if (hits(inSet, rule.name(), text)) {
                    failures.add(rule.name() + ": must not match \"" + text + "\" (hit in the rule set)");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " examples fail:\n"
                + String.join("\n", failures));
    }

    @Test
    void everyRuleThatCanHitAnExampleShowsWhatItHitsAndWhatItLetsThrough() {
        List<String> missing = new ArrayList<>();
        Set<String> neverHit = new HashSet<>();
        for (RuleSpec rule : PACK) {
            RuleExamples examples = RuleExamples.of(rule.params());
            if (NEVER_HIT_IN_AN_EXAMPLE.contains(rule.type()) || needsOneOf(rule, neverHit)) {
                // A combination that needs such a rule cannot hit an example either ("small talk AND unrelated").
                neverHit.add(rule.name());
                if (!examples.match().isEmpty()) {
                    missing.add(rule.name() + " (" + rule.type() + ") can never hit an example: no must-match texts");
                }
                continue;
            }
            if (examples.match().isEmpty()) {
                missing.add(rule.name() + " has no must-match example");
            }
            if (examples.noMatch().isEmpty()) {
                missing.add(rule.name() + " has no must-not-match example");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static boolean needsOneOf(RuleSpec rule, Set<String> names) {
        if (rule.type() != RuleType.COMBINATION || rule.params() == null) {
            return false;
        }
        for (JsonNode name : rule.params().path("all")) {
            if (names.contains(name.asText())) {
                return true;
            }
        }
        JsonNode any = rule.params().path("any");
        boolean anyNeverHits = !any.isEmpty();
        for (JsonNode name : any) {
            anyNeverHits &= names.contains(name.asText());
        }
        return rule.params().path("all").isEmpty() && anyNeverHits;
    }

    /** The examples are documentation and a guard, not matching parameters: without them the pack judges alike. */
    @Test
    void theExamplesChangeNoJudgement() {
        List<RuleSpec> bare = PACK.stream().map(r -> r.withParams(RuleExamples.withoutExamples(r.params()))).toList();
        CompiledRuleSet with = compile(PACK);
        CompiledRuleSet without = compile(bare);
        for (RuleSpec rule : PACK) {
            RuleExamples examples = RuleExamples.of(rule.params());
            for (List<String> texts : List.of(examples.match(), examples.noMatch())) {
                for (String text : texts) {
                    Submission s = new Submission(text, text, null);
                    Verdict a = ENGINE.evaluate(with, s);
                    Verdict b = ENGINE.evaluate(without, s);
                    assertEquals(b.decision(), a.decision(), text);
                    assertEquals(b.hits(), a.hits(), text);
                }
            }
        }
    }

    private static CompiledRuleSet compile(List<RuleSpec> specs) {
        RuleCompiler compiler = new RuleCompiler(NORMALISER);
        return new CompiledRuleSet(specs.stream().map(compiler::compileRule).toList(), Thresholds.uniform(5, 10), 1,
                NORMALISER);
    }

    /** The example stands as the text and as the user name, so that rules on either field can be shown one. */
    private static boolean hits(CompiledRuleSet rules, String name, String text) {
        return ENGINE.evaluate(rules, new Submission(text, text, null)).hits().stream()
                .anyMatch(h -> h.rule().equals(name));
    }

    private static RuleSpec enabled(RuleSpec r) {
        return r.enabled() ? r : r.withEnabled(true);
    }
}
