package org.parley.filter.ruleset;

import org.parley.filter.Decision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How scores and site policies become decisions, and how long the filter may take on one comment. */
@ConfigMapping(prefix = "parley.filter")
public interface FilterConfig {

    /** {@code parley.filter.hold-at}: a category score at or above this holds the comment for review. Default 5. */
    @WithDefault("5")
    int holdAt();

    /**
     * {@code parley.filter.reject-at}: a category score at or above this, from rules that are not weak, rejects
     * the comment. Default 10.
     */
    @WithDefault("10")
    int rejectAt();

    /**
     * {@code parley.filter.budget-millis}: the CPU time the filter may spend on one comment, all steps together.
     * A comment that needs more is held for a moderator, with "the filter took too long" and the step that ran
     * long as the reason, and the request thread is free again. Ordinary comments take well under a
     * millisecond, the longest hostile ones a few. Default 50.
     */
    @WithDefault("50")
    long budgetMillis();

    /**
     * {@code parley.filter.policy.profanity}: what happens to a comment with profanity that targets nobody (hits
     * of rules under the {@code profanity} policy): {@code PUBLISH}, {@code HOLD} for a moderator, or
     * {@code REJECT}. Like the thresholds it sets only the first rule-set version (and versions that never said);
     * admins change it on the settings page. Default PUBLISH: readers swear about the news, the notice promises to
     * remove abuse rather than bad language, and swearing at someone is scored by the rules that see the target.
     */
    @WithName("policy.profanity")
    @WithDefault("PUBLISH")
    Decision profanityPolicy();

    /**
     * {@code parley.filter.policy.reclaimable-slurs}: the same for slurs a group also uses of itself ("we queers"),
     * the hits of rules under the {@code reclaimable-slur} policy. Default HOLD.
     */
    @WithName("policy.reclaimable-slurs")
    @WithDefault("HOLD")
    Decision reclaimableSlurPolicy();
}
