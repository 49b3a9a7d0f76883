package org.parley.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.parley.filter.rules.CombinationRule;
import org.parley.filter.rules.CounterSpeech;

/**
 * Runs a rule set over a submission and turns the hits into a verdict, SpamAssassin-style: each rule that
 * matches adds its score once to its category; a category at its hold threshold holds the comment, at its
 * reject threshold rejects it, on the score of rules that are not weak. Rejecting a
 * racist or abusive comment takes more than one thing said: the reject threshold is met by separate findings of
 * rules that are not weak, where rules whose hits overlap are one finding at the best of their scores ("you are a
 * complete asshole" is one insult, however many rules see it, and is held for a moderator rather than rejected). Rules under a site
 * {@link Policy} add no score: an enforced hit of one raises the decision to the site's setting for that policy,
 * and never lowers it. Pure and thread-safe.
 */
public final class FilterEngine {

    private static final Logger LOG = Logger.getLogger(FilterEngine.class);
    /** A step that runs out of time is logged at most this often, however many hostile texts trip it. */
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;
    /** A policy's sentence quotes this many of the words it is about, enough to see what is meant. */
    private static final int MAX_POLICY_MATCHES = 5;

    private final long budgetNanos;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    /**
     * @param budgetMillis the CPU time one evaluation may take; a submission that needs more is held for a
     *                     person, with the step that ran long as the reason
     */
    public FilterEngine(long budgetMillis) {
        this.budgetNanos = budgetMillis * 1_000_000;
    }

    public Verdict evaluate(CompiledRuleSet ruleSet, Submission submission) {
        return evaluate(ruleSet, submission, Signals.NONE);
    }

    public Verdict evaluate(CompiledRuleSet ruleSet, Submission submission, Signals signals) {
        Budget budget = Budget.startingNow(budgetNanos);
        Inspection input = Inspection.of(submission, ruleSet.normaliser(), signals, ruleSet.terms(), budget);
        Tally tally = new Tally(ruleSet.thresholds());
        Set<String> matched = new HashSet<>();
        try {
            for (CompiledRule rule : ruleSet.rules()) {
                if (!rule.spec().enabled() || rule.matcher() instanceof CombinationRule) {
                    continue;
                }
                budget.rule(rule.spec().name());
                run(rule, input, tally, matched);
                budget.stepDone();
            }
        } catch (Budget.Exceeded e) {
            // The rest of the rules are not run: the thread is wanted elsewhere, and a person reads the comment.
            tooLong(e.step(), submission);
            tally.error("the filter took too long (" + e.step() + ")");
            return tally.verdict(ruleSet.version());
        }
        // Combinations read what the other rules found, so they come last, in the set's order.
        for (CompiledRule rule : ruleSet.rules()) {
            if (!rule.spec().enabled() || !(rule.matcher() instanceof CombinationRule combination)) {
                continue;
            }
            if (combination.holds(matched)) {
                matched.add(rule.spec().name());
                Hit anchor = tally.firstHitOf(combination.references());
                tally.add(rule, anchor == null ? Field.TEXT : anchor.field(), anchor == null ? 0 : anchor.utf16Start(),
                        anchor == null ? input.original().length() : anchor.utf16End(), input);
                // A combination says that its rules together are more than each: a finding of its own.
                tally.ruleDone(rule, true);
            }
        }
        return tally.verdict(ruleSet.version());
    }

    private void run(CompiledRule rule, Inspection input, Tally tally, Set<String> matched) {
        int before = tally.hitCount();
        try {
            rule.matcher().match(input, new Rule.Matches() {
                @Override
                public void add(Field field, int start, int end) {
                    if (!mentionedOnly(rule, field, start, end, input)) {
                        tally.add(rule, field, start, end, input);
                    }
                }

                @Override
                public void add(Field field, List<Rule.Part> parts) {
                    // A finding is a mention only when all of it is: a statement half inside a quotation still says
                    // its other half.
                    if (!parts.stream().allMatch(p -> mentionedOnly(rule, field, p.start(), p.end(), input))) {
                        tally.add(rule, field, parts, input);
                    }
                }
            });
        } catch (Budget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // A broken rule must not wave comments through: the submission goes to a person instead.
            LOG.errorf(e, "filter rule %s failed", rule.spec().name());
            tally.error("rule " + rule.spec().name() + " failed");
        }
        if (tally.hitCount() > before) {
            // A rule on trial (observe mode) must not change decisions, also not through a combination.
            if (rule.spec().mode() == RuleMode.ENFORCE) {
                matched.add(rule.spec().name());
            }
            tally.ruleDone(rule, false);
        }
    }

    /**
     * A racist or abusive match inside a quotation or a report that the sentence condemns is a mention
     * ("calling people that is not okay"), not abuse.
     */
    private static boolean mentionedOnly(CompiledRule rule, Field field, int start, int end, Inspection input) {
        Category category = rule.spec().category();
        return (category == Category.RACIST || category == Category.ABUSIVE)
                && CounterSpeech.of(input, field).excuses(start, end);
    }

    /** Says once a minute per step, not once per hostile text, that a step ran out of time. */
    private void tooLong(String step, Submission submission) {
        long now = System.nanoTime();
        Long last = lastLogged.get(step);
        if (last == null || now - last > LOG_EVERY_NANOS) {
            lastLogged.put(step, now);
            LOG.warnf("the filter ran out of its %d ms budget in %s on a text of %d characters; the comment is"
                    + " held for a moderator (said at most once a minute for each step)", budgetNanos / 1_000_000,
                    step, submission.text() == null ? 0 : submission.text().length());
        }
    }

    /** One strong rule's contribution: its score and its hits, {@code hits[fromHit, toHit)}. */
    private record Finding(Category category, int score, boolean combination, int fromHit, int toHit) {
    }

    /** The running sums of one evaluation. */
    private static final class Tally {
        private final Thresholds thresholds;
        private final List<Hit> hits = new ArrayList<>();
        private final int[] strong = new int[Category.values().length];
        private final int[] weak = new int[Category.values().length];
        private int best;
        private String error;
        /** The strong rules that scored, each with its hits: what rejecting counts. Null until there is one. */
        private List<Finding> findings;
        private int ruleHitsFrom;
        /** Enforced hits of rules under each policy, in the order they were found; null until there is one. */
        private Map<Policy, List<Hit>> policyHits;

        Tally(Thresholds thresholds) {
            this.thresholds = thresholds;
        }

        int hitCount() {
            return hits.size();
        }

        void add(CompiledRule rule, Field field, int start, int end, Inspection input) {
            RuleSpec spec = rule.spec();
            String text = input.original(field);
            add(spec, Hit.on(text, start, end, spec.name(), spec.category(), spec.score(), spec.mode(), field,
                    spec.policy()));
        }

        void add(CompiledRule rule, Field field, List<Rule.Part> parts, Inspection input) {
            if (parts.isEmpty()) {
                return;
            }
            RuleSpec spec = rule.spec();
            String text = input.original(field);
            add(spec, Hit.ofParts(text, parts, spec.name(), spec.category(), spec.score(), spec.mode(), field,
                    spec.policy()));
        }

        private void add(RuleSpec spec, Hit hit) {
            hits.add(hit);
            best = Math.max(best, spec.score());
            if (spec.policy() != null && spec.mode() == RuleMode.ENFORCE) {
                if (policyHits == null) {
                    policyHits = new EnumMap<>(Policy.class);
                }
                policyHits.computeIfAbsent(spec.policy(), p -> new ArrayList<>()).add(hit);
            }
        }

        /**
         * A rule counts once, at its best hit, however often it matched; a rule under a policy not at all. The
         * hits since the last rule are this rule's.
         */
        void ruleDone(CompiledRule rule, boolean combination) {
            RuleSpec spec = rule.spec();
            if (spec.mode() == RuleMode.ENFORCE && spec.policy() == null) {
                boolean isWeak = rule.matcher().weak();
                int score = spec.score() < 0 ? spec.score() : best;
                (isWeak ? weak : strong)[spec.category().ordinal()] += score;
                if (!isWeak && score != 0) {
                    if (findings == null) {
                        findings = new ArrayList<>(4);
                    }
                    findings.add(new Finding(spec.category(), score, combination, ruleHitsFrom, hits.size()));
                }
            }
            best = 0;
            ruleHitsFrom = hits.size();
        }

        /**
         * A category's score towards rejecting: its strong rules' scores, where rules with overlapping hits count
         * once, at the best of them, in the categories about people (several readings of one insult are one
         * insult). Off-topic evidence adds up as it always has: spam rules are built as clues that add up, and
         * "check out my channel" is a pitch and a call to action at once. Combinations and negative scores
         * always count in full.
         */
        private int rejectScore(Category category) {
            if (findings == null) {
                return 0;
            }
            List<Finding> mine = new ArrayList<>(findings.size());
            int sum = 0;
            for (Finding f : findings) {
                if (f.category() != category) {
                    continue;
                }
                if (f.combination() || f.score() < 0 || !category.aboutPeople()) {
                    sum += f.score();
                } else {
                    mine.add(f);
                }
            }
            // Grouped by overlap, transitively: a few rules per comment, so pairwise is cheap.
            int[] group = new int[mine.size()];
            for (int i = 0; i < group.length; i++) {
                group[i] = i;
            }
            for (int i = 0; i < group.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (overlap(mine.get(i), mine.get(j))) {
                        int from = group[i];
                        int to = group[j];
                        for (int k = 0; k <= i; k++) {
                            if (group[k] == from) {
                                group[k] = to;
                            }
                        }
                    }
                }
            }
            int[] bestOfGroup = new int[group.length];
            for (int i = 0; i < group.length; i++) {
                bestOfGroup[group[i]] = Math.max(bestOfGroup[group[i]], mine.get(i).score());
            }
            for (int b : bestOfGroup) {
                sum += b;
            }
            return sum;
        }

        private boolean overlap(Finding a, Finding b) {
            for (int i = a.fromHit(); i < a.toHit(); i++) {
                Hit x = hits.get(i);
                for (int j = b.fromHit(); j < b.toHit(); j++) {
                    Hit y = hits.get(j);
                    if (x.field() == y.field() && x.utf16Start() < y.utf16End() && y.utf16Start() < x.utf16End()) {
                        return true;
                    }
                }
            }
            return false;
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
                int total = strong[c.ordinal()] + weak[c.ordinal()];
                scores = scores.plus(c, total);
                Decision forCategory = rejectScore(c) >= thresholds.reject(c) ? Decision.REJECT
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
            List<PolicyOutcome> policies = List.of();
            if (policyHits != null) {
                Decision scored = decision;
                policies = new ArrayList<>(policyHits.size());
                for (Map.Entry<Policy, List<Hit>> e : policyHits.entrySet()) {
                    Set<String> rules = new LinkedHashSet<>();
                    Set<String> matches = new LinkedHashSet<>();
                    for (Hit h : e.getValue()) {
                        rules.add(h.rule());
                        if (matches.size() < MAX_POLICY_MATCHES) {
                            matches.add(h.match());
                        }
                    }
                    Decision setting = thresholds.policy(e.getKey());
                    PolicyOutcome outcome = PolicyOutcome.of(e.getKey(), setting, scored, List.copyOf(rules),
                            List.copyOf(matches));
                    policies.add(outcome);
                    if (outcome.decided() && setting.ordinal() > decision.ordinal()) {
                        decision = setting;
                        // The category of the words the policy is about, so that a reader is told why.
                        driver = e.getValue().get(0).category();
                    }
                }
            }
            int total = scores.racist() + scores.abusive() + scores.offtopic();
            return new Verdict(decision, total, scores, driver, List.copyOf(hits), version, error, policies);
        }
    }
}
