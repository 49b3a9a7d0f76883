package org.parley.filter;

import java.util.EnumMap;
import java.util.Map;

/** Per category, the score that holds a comment for review and the score that rejects it. */
public record Thresholds(Map<Category, Integer> holdAt, Map<Category, Integer> rejectAt) {

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
    }

    /** The same two thresholds for every category. */
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
}
