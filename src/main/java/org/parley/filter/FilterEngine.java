package org.parley.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;
import org.parley.filter.rules.CombinationRule;

/**
 * Runs a rule set over a submission and turns the hits into a verdict, SpamAssassin-style: each rule that
 * matches adds its score once to its category; a category at its hold threshold holds the comment, at its
 * reject threshold rejects it, but only on the score of rules that are not weak. Pure and thread-safe.
 */
public final class FilterEngine {

    private static final Logger LOG = Logger.getLogger(FilterEngine.class);

    private final long ruleBudgetNanos;

    /**
     * @param ruleBudgetMillis a rule that takes longer than this on one submission counts as failed, which
     *                         holds the submission for review
     */
    public FilterEngine(long ruleBudgetMillis) {
        this.ruleBudgetNanos = ruleBudgetMillis * 1_000_000;
    }

    public Verdict evaluate(CompiledRuleSet ruleSet, Submission submission) {
        return evaluate(ruleSet, submission, Signals.NONE);
    }

    public Verdict evaluate(CompiledRuleSet ruleSet, Submission submission, Signals signals) {
        Inspection input = Inspection.of(submission, ruleSet.normaliser(), signals, ruleSet.terms());
        Tally tally = new Tally(ruleSet.thresholds());
        Set<String> matched = new HashSet<>();
        List<CompiledRule> combinations = new ArrayList<>(0);
        // One clock read between two rules ends the one and starts the next: at some 25 ns a read, two per rule
        // cost a sixth of judging a short comment.
        long clock = System.nanoTime();
        for (CompiledRule rule : ruleSet.rules()) {
            if (!rule.spec().enabled()) {
                continue;
            }
            if (rule.matcher() instanceof CombinationRule) {
                combinations.add(rule);
                continue;
            }
            clock = run(rule, input, tally, matched, clock);
        }
        for (CompiledRule rule : combinations) {
            CombinationRule combination = (CombinationRule) rule.matcher();
            if (combination.holds(matched)) {
                matched.add(rule.spec().name());
                Hit anchor = tally.firstHitOf(combination.references());
                tally.add(rule, anchor == null ? Field.TEXT : anchor.field(), anchor == null ? 0 : anchor.utf16Start(),
                        anchor == null ? input.original().length() : anchor.utf16End(), input);
                tally.ruleDone(rule);
            }
        }
        return tally.verdict(ruleSet.version());
    }

    /** Runs one rule that started at {@code started}, and returns when it ended. */
    private long run(CompiledRule rule, Inspection input, Tally tally, Set<String> matched, long started) {
        int before = tally.hitCount();
        try {
            rule.matcher().match(input, (field, start, end) -> tally.add(rule, field, start, end, input));
        } catch (RuntimeException e) {
            // A broken rule must not wave comments through: the submission goes to a person instead.
            LOG.errorf(e, "filter rule %s failed", rule.spec().name());
            tally.error("rule " + rule.spec().name() + " failed");
        }
        long ended = System.nanoTime();
        if (ended - started > ruleBudgetNanos) {
            LOG.warnf("filter rule %s took longer than its budget", rule.spec().name());
            tally.error("rule " + rule.spec().name() + " took too long");
        }
        if (tally.hitCount() > before) {
            // A rule on trial (observe mode) must not change decisions, also not through a combination.
            if (rule.spec().mode() == RuleMode.ENFORCE) {
                matched.add(rule.spec().name());
            }
            tally.ruleDone(rule);
        }
        return ended;
    }

    /** The running sums of one evaluation. */
    private static final class Tally {
        private final Thresholds thresholds;
        private final List<Hit> hits = new ArrayList<>();
        private final int[] strong = new int[Category.values().length];
        private final int[] weak = new int[Category.values().length];
        private int best;
        private String error;

        Tally(Thresholds thresholds) {
            this.thresholds = thresholds;
        }

        int hitCount() {
            return hits.size();
        }

        void add(CompiledRule rule, Field field, int start, int end, Inspection input) {
            RuleSpec spec = rule.spec();
            int score = spec.score();
            String text = input.original(field);
            hits.add(Hit.on(text, start, end, spec.name(), spec.category(), score, spec.mode(), field));
            best = Math.max(best, score);
        }

        /** A rule counts once, at its best hit, however often it matched. */
        void ruleDone(CompiledRule rule) {
            RuleSpec spec = rule.spec();
            if (spec.mode() == RuleMode.ENFORCE) {
                int[] sums = rule.matcher().weak() ? weak : strong;
                sums[spec.category().ordinal()] += spec.score() < 0 ? spec.score() : best;
            }
            best = 0;
        }

        void error(String message) {
            error = message;
        }

        Hit firstHitOf(Set<String> rules) {
            return hits.stream().filter(h -> rules.contains(h.rule())).findFirst().orElse(null);
        }

        Verdict verdict(long version) {
            CategoryScores scores = CategoryScores.ZERO;
            Decision decision = Decision.PUBLISH;
            Category driver = null;
            int driverScore = Integer.MIN_VALUE;
            for (Category c : Category.values()) {
                int strongScore = strong[c.ordinal()];
                int total = strongScore + weak[c.ordinal()];
                scores = scores.plus(c, total);
                Decision forCategory = strongScore >= thresholds.reject(c) ? Decision.REJECT
                        : total >= thresholds.hold(c) ? Decision.HOLD : Decision.PUBLISH;
                if (forCategory != Decision.PUBLISH && (forCategory.ordinal() > decision.ordinal()
                        || forCategory == decision && total > driverScore)) {
                    decision = forCategory;
                    driver = c;
                    driverScore = total;
                }
            }
            if (error != null) {
                decision = decision.atLeast(Decision.HOLD);
            }
            int total = scores.racist() + scores.abusive() + scores.offtopic();
            return new Verdict(decision, total, scores, driver, List.copyOf(hits), version, error);
        }
    }
}
