package org.parley.filter;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * Runs a rule set over a submission and turns the hits into a verdict. Pure and thread-safe: it holds only
 * the thresholds, so benchmarks and tests can use it without a container.
 */
public final class FilterEngine {

    private static final Logger LOG = Logger.getLogger(FilterEngine.class);

    private final int holdAt;
    private final int rejectAt;

    public FilterEngine(int holdAt, int rejectAt) {
        if (holdAt <= 0 || rejectAt < holdAt) {
            throw new IllegalArgumentException("thresholds need 0 < hold-at <= reject-at");
        }
        this.holdAt = holdAt;
        this.rejectAt = rejectAt;
    }

    public Verdict evaluate(CompiledRuleSet ruleSet, Submission submission) {
        Inspection input = Inspection.of(submission);
        List<Hit> hits = new ArrayList<>();
        CategoryScores scores = CategoryScores.ZERO;
        String error = null;
        for (CompiledRule rule : ruleSet.rules()) {
            RuleSpec spec = rule.spec();
            if (!spec.enabled()) {
                continue;
            }
            int before = hits.size();
            try {
                rule.matcher().match(input, (start, end) -> hits.add(new Hit(spec.name(), spec.category(),
                        spec.score(), start, end, input.original().substring(start, end), spec.mode())));
            } catch (RuntimeException e) {
                // A broken rule must not wave comments through: the submission goes to a person instead.
                LOG.errorf(e, "filter rule %s failed", spec.name());
                error = "rule " + spec.name() + " failed";
            }
            // A rule counts once however often it matches, as in SpamAssassin: "three links" is its own rule.
            if (hits.size() > before && spec.mode() == RuleMode.ENFORCE) {
                scores = scores.plus(spec.category(), spec.score());
            }
        }
        return decide(hits, scores, ruleSet.version(), error);
    }

    private Verdict decide(List<Hit> hits, CategoryScores scores, long version, String error) {
        Decision decision = Decision.PUBLISH;
        Category driver = null;
        for (Category category : Category.values()) {
            int score = scores.get(category);
            Decision forCategory = score >= rejectAt ? Decision.REJECT
                    : score >= holdAt ? Decision.HOLD : Decision.PUBLISH;
            if (forCategory.ordinal() > decision.ordinal()
                    || forCategory != Decision.PUBLISH && forCategory == decision && score > scores.get(driver)) {
                decision = forCategory;
                driver = category;
            }
        }
        if (error != null) {
            decision = decision.atLeast(Decision.HOLD);
        }
        int total = scores.racist() + scores.abusive() + scores.offtopic();
        return new Verdict(decision, total, scores, driver, List.copyOf(hits), version, error);
    }
}
