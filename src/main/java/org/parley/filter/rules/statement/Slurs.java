package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementShapes.*;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;

import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.rules.statement.StatementRule.Span;

/**
 * A rule's slurs, names for people of a group that are contempt in themselves, and where one names a person,
 * which makes it a statement by itself ("nothing but a tranny", "typical muzzie behaviour", "too many cripples").
 */
final class Slurs {

    private final Lexicon slurs = new Lexicon();
    private final boolean none;

    Slurs(List<String> names) {
        names.forEach(slurs::addName);
        this.none = names.isEmpty();
    }

    /**
     * Where a slur names a person, the words that make it a name: before it "nothing but a", "just a", "such a",
     * "another", "typical", "you", "bunch of", "too many", with a word or two that qualify it between ("just
     * another common tranny"); after it "like you", "behaviour", "logic". Null for a slur that is only a word of
     * a longer group ("queer people") or stands with no such words ("smoked a fag", "the dyke by the sea").
     */
    Span slotOf(List<Word> words, Span group, int sentenceStart, int sentenceEnd) {
        if (none) {
            return null;
        }
        Lexicon.Found slur = slurs.longestAt(words, group.from(), sentenceEnd);
        if (slur == null || group.to() != group.from() + slur.length()) {
            return null;
        }
        int at = group.from();
        int clause = words.get(at).clause();
        for (int skipped = 0; skipped <= 2 && at > sentenceStart && words.get(at - 1).clause() == clause; skipped++) {
            String before = words.get(at - 1).text();
            String further = at - 2 >= sentenceStart ? words.get(at - 2).text() : "";
            if (!endsAName(words, group.to(), sentenceEnd)) {
                break;
            }
            if (SLUR_CALLS.contains(before)) {
                return new Span(at - 1, group.from(), Kind.LABELS);
            }
            if ((before.equals("a") || before.equals("an")) && SLUR_ARTICLE_CALLS.contains(further)
                    || before.equals("of") && SLUR_COLLECTIVES.contains(further)
                    || before.equals("many") && (further.equals("too") || further.equals("so"))) {
                return new Span(at - 2, group.from(), Kind.LABELS);
            }
            if (!(isAdjective(before) || QUALIFIERS.contains(before) || SLUR_QUALIFIERS.contains(before))) {
                break;
            }
            at--;
        }
        int next = group.to();
        // "Rag heads.", "Dirty pakis!": the slur is the whole sentence, called at them.
        int first = group.from();
        while (first > sentenceStart && (SLUR_QUALIFIERS.contains(words.get(first - 1).text())
                || isAdjective(words.get(first - 1).text()))) {
            first--;
        }
        if (first == sentenceStart && next == sentenceEnd) {
            return new Span(first, next, Kind.LABELS);
        }
        if (next < sentenceEnd && SLUR_MARKS.contains(words.get(next).text())) {
            return new Span(next, next + 1, Kind.LABELS);
        }
        if (next + 1 < sentenceEnd && words.get(next).text().equals("like")
                && SLUR_LIKE.contains(words.get(next + 1).text())) {
            return new Span(next, next + 2, Kind.LABELS);
        }
        return null;
    }
}
