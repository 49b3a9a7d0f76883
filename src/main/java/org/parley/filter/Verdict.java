package org.parley.filter;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The filter's answer for one submission: the decision, the scores behind it and every hit, so that a reader
 * can be told the category, a moderator the rule and the matched text, and an admin the rule set version.
 *
 * @param category the category that drove a HOLD or REJECT, or null when published
 * @param error    a rule that failed while matching, which by itself holds the submission for review
 * @param policies each site policy that enforced hits fell under, with its setting and whether it decided
 */
public record Verdict(Decision decision, int score, CategoryScores categories, Category category,
        List<Hit> hits, long rulesetVersion, String error, List<PolicyOutcome> policies) {

    public Verdict {
        // Verdicts stored before policies existed read back without them.
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /** A verdict no policy had a say in. */
    public Verdict(Decision decision, int score, CategoryScores categories, Category category, List<Hit> hits,
            long rulesetVersion, String error) {
        this(decision, score, categories, category, hits, rulesetVersion, error, List.of());
    }

    /** Hits that counted (enforced), as opposed to those of rules in observe mode. */
    @JsonIgnore
    public List<Hit> enforcedHits() {
        return hits.stream().filter(h -> h.mode() == RuleMode.ENFORCE).toList();
    }

    /** Whether a site policy, rather than the score, made the decision what it is. */
    @JsonIgnore
    public boolean decidedByPolicy() {
        return policies.stream().anyMatch(PolicyOutcome::decided);
    }
}
