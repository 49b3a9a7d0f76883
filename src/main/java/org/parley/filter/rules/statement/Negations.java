package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementShapes.clauseStart;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;

import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.rules.statement.StatementRule.Span;

/**
 * What turns a statement round, for {@link StatementRule}: the rule's negations ("not", "never", "no one") and
 * the phrases that only look like one ("no better than", "nothing but", "can't help themselves").
 */
final class Negations {

    private final Lexicon negations = new Lexicon();
    private final Lexicon notNegations = new Lexicon();

    Negations(List<String> words) {
        words.forEach(n -> negations.add(n, null));
        NOT_NEGATIONS.forEach(n -> notNegations.add(n, null));
    }

    /** The negation that starts at word {@code i} and ends before {@code end}, or null. */
    Lexicon.Found at(List<Word> words, int i, int end) {
        return negations.longestAt(words, i, end);
    }

    /** A phrase that only looks negative starting at word {@code i}, or null: "no better than", "nothing but". */
    Lexicon.Found falseAt(List<Word> words, int i, int end) {
        return notNegations.longestAt(words, i, end);
    }

    /** The two lexicons, whose words the respelling must never correct. */
    List<Lexicon> lexicons() {
        return List.of(negations, notNegations);
    }

    /**
     * Whether the statement is negated: a negation between the group and a predicate after it, a few words before
     * a predicate that comes first ("I don't hate"), or one before the group itself ("no Kurd", "not all Roma").
     */
    boolean of(List<Word> words, Span group, Span predicate) {
        boolean negated = false;
        if (predicate.from() >= group.to()) {
            negated = in(words, group.to(), predicate.from());
        } else {
            // "I wouldn't cross the road to help a Kurd": a refusal reaches further than a feeling.
            negated = before(words, predicate.from(), predicate.kind() == Kind.WITHHOLDS ? 6 : 3);
        }
        // "I don't think Kurds are subhuman": a denied belief denies what it holds.
        for (int i = clauseStart(words, group.from()); i + 1 < group.from() && !negated; i++) {
            negated = (NT.contains(words.get(i).text()) || "not".equals(words.get(i).text())
                    || "never".equals(words.get(i).text())) && (BELIEF_VERBS.contains(words.get(i + 1).text())
                    || predicate.kind() == Kind.HARMS && PERMITS.contains(words.get(i + 1).text()));
        }
        for (int i = Math.max(0, group.from() - 2); i < group.from() && !negated; i++) {
            String w = words.get(i).text();
            negated = (w.equals("no") || w.equals("not") || w.equals("never") || w.equals("none"))
                    && notNegations.longestAt(words, i, words.size()) == null;
        }
        return negated;
    }

    /** Whether a negation stands in {@code [from, to)}, phrases that only look negative aside. */
    boolean in(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Lexicon.Found skip = notNegations.longestAt(words, i, words.size());
            if (skip != null) {
                i += skip.length() - 1;
            } else if (negations.longestAt(words, i, to) != null || NT.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation stands within {@code reach} words before {@code at}, in its clause. */
    boolean before(List<Word> words, int at, int reach) {
        int clause = words.get(at).clause();
        int from = at;
        while (from > 0 && at - from < reach && words.get(from - 1).clause() == clause) {
            from--;
        }
        return in(words, from, at);
    }
}
