package org.parley.filter.rules;

import org.parley.filter.Field;
import org.parley.filter.Inspection;

/** A comment written mostly in capitals. Weak: shouting is rude, not by itself a reason to refuse. */
public final class ShoutingRule implements WeakRule {

    /** The rule's data: how many letters a comment needs before it is judged, and the share of capitals. */
    public record Params(Integer minLetters, Double ratio) {
        public Params {
            minLetters = minLetters == null ? 20 : minLetters;
            ratio = ratio == null ? 0.7 : ratio;
            if (minLetters < 1 || ratio <= 0 || ratio > 1) {
                throw new IllegalArgumentException("minLetters must be positive and ratio between 0 and 1");
            }
        }
    }

    private final int minLetters;
    private final double ratio;

    public ShoutingRule(Params params) {
        this.minLetters = params.minLetters();
        this.ratio = params.ratio();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.original();
        int letters = 0;
        int upper = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
        }
        if (letters >= minLetters && upper >= ratio * letters) {
            matches.add(Field.TEXT, first, last + 1);
        }
    }
}
