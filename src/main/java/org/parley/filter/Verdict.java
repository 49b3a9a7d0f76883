package org.parley.filter;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The filter's answer for one submission: the decision, the scores behind it and every hit, so that a reader
 * can be told the category, a moderator the rule and the matched text, and an admin the rule set version.
 *
 * @param category the category that drove a HOLD or REJECT, or null when published
 * @param error    a rule that failed while matching, which by itself holds the submission for review
 */
public record Verdict(Decision decision, int score, CategoryScores categories, Category category,
        List<Hit> hits, long rulesetVersion, String error) {

    /** Hits that counted (enforced), as opposed to those of rules in observe mode. */
    @JsonIgnore
    public List<Hit> enforcedHits() {
        return hits.stream().filter(h -> h.mode() == RuleMode.ENFORCE).toList();
    }
}
