package org.parley.filter.rules;

import java.util.List;
import java.util.stream.Stream;

import org.parley.filter.Field;
import org.parley.filter.Inspection;
import org.parley.filter.Rule;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.TextView;

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

    /**
     * The rule's data. {@code requires}, optional, lists words of which every match contains at least one (a
     * whole word, or a word start when it ends in "*": "fuck*"), read like term lists; the pattern then runs
     * only on texts that contain one, which spares most comments a regex pass. {@code requiresAlso}, optional,
     * is a second such list for patterns that pair two kinds of word ("you" and an insult, a group and a slur):
     * the pattern then runs only where both lists find a word, not on every text with a common word of one.
     */
    public record Params(String pattern, Field field, On on, List<String> requires, List<String> requiresAlso) {

        public Params(String pattern, Field field, On on, List<String> requires) {
            this(pattern, field, on, requires, null);
        }

        public Params {
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException("a regex rule needs a pattern");
            }
            if (pattern.length() > MAX_PATTERN_LENGTH) {
                throw new IllegalArgumentException("a pattern can be at most " + MAX_PATTERN_LENGTH + " characters");
            }
            field = field == null ? Field.TEXT : field;
            on = on == null ? On.NORMALISED : on;
            requires = words(requires);
            requiresAlso = words(requiresAlso);
        }

        private static List<String> words(List<String> words) {
            return words == null ? List.of() : words.stream().filter(w -> w != null && !w.isBlank()).toList();
        }
    }

    private final Pattern pattern;
    private final Field field;
    private final On on;
    /** The required word lists; the pattern runs only if each finds a word. */
    private final List<TermTable> requires;

    public RegexRule(Params params, Normaliser normaliser) {
        try {
            this.pattern = Pattern.compile(params.pattern());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern is not valid: " + e.getDescription(), e);
        }
        this.field = params.field();
        this.on = params.on();
        // The required words join the rule set's shared term scan, so checking them costs no pass of its own.
        this.requires = Stream.of(params.requires(), params.requiresAlso()).filter(words -> !words.isEmpty())
                .map(words -> requiredWords(words, params, normaliser)).toList();
    }

    private static TermTable requiredWords(List<String> words, Params params, Normaliser normaliser) {
        TermsRule.Params list = new TermsRule.Params(words.stream().map(RegexRule::requiredWord).toList(),
                TermsRule.Match.WORD, null, params.field());
        // A pattern on the normalised text reads its main form, so only a word found there (or a masked word
        // read as one) can be part of a match: a word found only stretched or spelled out would run the pattern
        // for nothing ("f u c k this" for "(you) ... fuck").
        return new TermTable(list, normaliser, params.on() == On.NORMALISED);
    }

    /** A required word: whole, or the start of words when it ends in an asterisk ("fuck*"). */
    private static TermsRule.Term requiredWord(String word) {
        String w = word.strip();
        if (w.replace("*", "").codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            // "f*" would be the start of every word with an f: the pattern would run on every text.
            throw new IllegalArgumentException("a required word needs at least two letters: \"" + w + "\"");
        }
        return w.endsWith("*") && w.length() > 1
                ? new TermsRule.Term(w.substring(0, w.length() - 1), TermsRule.Match.PREFIX, null)
                : TermsRule.Term.of(w);
    }

    /** The required word lists as term lists, for the rule set's shared scanner; empty when there are none. */
    public List<TermTable> requiredWords() {
        return requires;
    }

    @Override
    public void match(Inspection input, Matches matches) {
        for (TermTable words : requires) {
            if (TermScanner.matchesOf(input, words).isEmpty()) {
                return;
            }
        }
        if (on == On.ORIGINAL) {
            Matcher m = pattern.matcher(input.original(field));
            while (m.find()) {
                input.budget().tick();
                if (m.end() > m.start()) {
                    matches.add(field, m.start(), m.end());
                }
            }
            return;
        }
        TextView view = input.normalised(field).main();
        Matcher m = pattern.matcher(view.text());
        while (m.find()) {
            input.budget().tick();
            if (m.end() > m.start()) {
                matches.add(field, view.originalStart(m.start()), view.originalEnd(m.end()));
            }
        }
    }

}
