package org.parley.filter.rules;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;
import org.parley.filter.TextView;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * An admin's regular expression, run by RE2/J: linear time whatever the pattern and the input, so no pattern
 * can hang the server. It reads the normalised text (lower case, look-alikes undone) unless told to read the
 * original, where case and exact characters matter.
 */
public final class RegexRule implements Rule {

    public static final int MAX_PATTERN_LENGTH = 2000;

    /** Which reading of the field the pattern runs on. */
    public enum On {
        NORMALISED,
        ORIGINAL
    }

    /** The rule's data. */
    public record Params(String pattern, Field field, On on) {
        public Params {
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException("a regex rule needs a pattern");
            }
            if (pattern.length() > MAX_PATTERN_LENGTH) {
                throw new IllegalArgumentException("a pattern can be at most " + MAX_PATTERN_LENGTH + " characters");
            }
            field = field == null ? Field.TEXT : field;
            on = on == null ? On.NORMALISED : on;
        }
    }

    private final Pattern pattern;
    private final Field field;
    private final On on;

    public RegexRule(Params params) {
        try {
            this.pattern = Pattern.compile(params.pattern());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern is not valid: " + e.getDescription(), e);
        }
        this.field = params.field();
        this.on = params.on();
    }

    @Override
    public void match(Inspection input, Matches matches) {
        if (on == On.ORIGINAL) {
            Matcher m = pattern.matcher(input.original(field));
            while (m.find()) {
                if (m.end() > m.start()) {
                    matches.add(field, m.start(), m.end());
                }
            }
            return;
        }
        TextView view = input.normalised(field).main();
        Matcher m = pattern.matcher(view.text());
        while (m.find()) {
            if (m.end() > m.start()) {
                matches.add(field, view.originalStart(m.start()), view.originalEnd(m.end()));
            }
        }
    }
}
