package org.parley.filter;

import java.util.EnumMap;
import java.util.Map;

/**
 * What turns a comment's hits into a decision: per category, the score that holds a comment for review and the
 * score that rejects it; and per {@link Policy}, the least decision for a comment with an enforced hit of a rule
 * under that policy. They travel together because both are the site's choice and part of every rule-set version.
 */
public record Thresholds(Map<Category, Integer> holdAt, Map<Category, Integer> rejectAt,
        Map<Policy, Decision> policies) {

    public Thresholds {
        for (Category c : Category.values()) {
            Integer hold = holdAt.get(c);
            Integer reject = rejectAt.get(c);
            if (hold == null || reject == null || hold <= 0 || reject < hold) {
                throw new IllegalArgumentException("thresholds for " + c.key() + " need 0 < hold-at <= reject-at");
            }
        }
        holdAt = Map.copyOf(holdAt);
        rejectAt = Map.copyOf(rejectAt);
        Map<Policy, Decision> all = new EnumMap<>(Policy.class);
        for (Policy p : Policy.values()) {
            Decision setting = policies == null ? null : policies.get(p);
            all.put(p, setting == null ? Policy.DEFAULT_SETTING : setting);
        }
        policies = Map.copyOf(all);
    }

    /** With every policy at its default. */
    public Thresholds(Map<Category, Integer> holdAt, Map<Category, Integer> rejectAt) {
        this(holdAt, rejectAt, Map.of());
    }

    /** The same two thresholds for every category, every policy at its default. */
    public static Thresholds uniform(int holdAt, int rejectAt) {
        Map<Category, Integer> hold = new EnumMap<>(Category.class);
        Map<Category, Integer> reject = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            hold.put(c, holdAt);
            reject.put(c, rejectAt);
        }
        return new Thresholds(hold, reject);
    }

    public int hold(Category c) {
        return holdAt.get(c);
    }

    public int reject(Category c) {
        return rejectAt.get(c);
    }

    /** The site's setting for a policy. */
    public Decision policy(Policy p) {
        return policies.get(p);
    }

    /** The same thresholds with one policy set otherwise. */
    public Thresholds withPolicy(Policy p, Decision setting) {
        Map<Policy, Decision> next = new EnumMap<>(policies);
        next.put(p, setting);
        return new Thresholds(holdAt, rejectAt, next);
    }
}
