package org.parley.filter.rules;

import java.time.Duration;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;

/** The same text arriving again and again from anyone within a short time: the mark of a spam wave. */
public final class DuplicateRule implements Rule {

    /** The rule's data: the window and how many copies in it (this one included) make a wave. */
    public record Params(Duration window, Integer copies) {
        public Params {
            window = window == null ? Duration.ofMinutes(10) : window;
            copies = copies == null ? 3 : copies;
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(1)) > 0 || copies < 2) {
                throw new IllegalArgumentException("window must be up to one day and copies at least 2");
            }
        }
    }

    private final Params params;

    public DuplicateRule(Params params) {
        this.params = params;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        String text = input.original();
        if (!text.isBlank() && input.signals().copiesWithin(params.window()) >= params.copies()) {
            matches.add(Field.TEXT, 0, text.length());
        }
    }

    public Duration window() {
        return params.window();
    }
}
