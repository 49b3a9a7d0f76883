package org.parley.filter.rules;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.text.Relevance;

/**
 * A comment long enough to say something that shares almost nothing with the article it is posted under.
 * Weak by nature (people digress, and short replies share no words at all), so it can hold a comment for a
 * look but never reject it; short comments are not judged.
 */
public final class RelevanceRule implements WeakRule {

    /** The rule's data. */
    public record Params(Integer minWords, Double minCosine, Integer minShared) {
        public Params {
            minWords = minWords == null ? 8 : minWords;
            minCosine = minCosine == null ? 0.04 : minCosine;
            minShared = minShared == null ? 1 : minShared;
            if (minWords < 1 || minCosine < 0 || minCosine > 1 || minShared < 0) {
                throw new IllegalArgumentException("minWords must be positive, minCosine between 0 and 1");
            }
        }
    }

    private final Params params;

    public RelevanceRule(Params params) {
        this.params = params;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        Relevance relevance = input.signals().relevance(input.normalised(Field.TEXT));
        String text = input.original();
        if (relevance == null || relevance.contentWords() < params.minWords() || text.isEmpty()) {
            return;
        }
        if (relevance.cosine() < params.minCosine() && relevance.sharedWords() < params.minShared()) {
            matches.add(Field.TEXT, 0, text.length());
        }
    }
}
