package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementShapes.*;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;
import java.util.Set;

import org.parley.filter.rules.Word;
import org.parley.filter.rules.statement.StatementRule.Kind;
import org.parley.filter.rules.statement.StatementRule.Span;

/**
 * Statements a group's place in a sentence makes without a word of the predicate lists, for
 * {@link StatementRule}: food it has touched refused, being one of it as a fate worse than death, a place full of
 * a name, a harm to its throats and necks, and the group ranked below the despised or put level with it.
 */
final class ImpliedStatements {

    private ImpliedStatements() {
    }

    /**
     * "food that has been touched by a Kurd", "anything a Roma has touched", refused ("I would never eat"): the
     * group as a contamination. The words of the touching, or null.
     */
    static Span touchedBy(List<Word> words, Span group, int sentenceStart, int sentenceEnd) {
        int touch = -1;
        int before = group.from() - 1;
        while (before > sentenceStart && DETERMINERS.contains(words.get(before).text())) {
            before--;
        }
        if (before > sentenceStart && words.get(before).text().equals("by")) {
            for (int i = before - 1; i >= Math.max(sentenceStart, before - 3) && touch < 0; i--) {
                touch = TOUCHES.contains(words.get(i).text()) ? i : -1;
            }
        }
        for (int i = group.to(); touch < 0 && i < Math.min(sentenceEnd, group.to() + 3); i++) {
            String w = words.get(i).text();
            if (TOUCHES.contains(w)) {
                touch = i;
            } else if (!AUXILIARIES.contains(w) && !LINKS.contains(w) && !w.equals("has") && !w.equals("had")
                    && !w.equals("have") && !w.equals("ever")) {
                break;
            }
        }
        if (touch < 0) {
            return null;
        }
        // Refused: "never eat", "wouldn't drink", "don't touch".
        for (int i = sentenceStart; i + 1 < sentenceEnd; i++) {
            String w = words.get(i).text();
            if ((w.equals("never") || w.equals("not") || NT.contains(w)) && REFUSED_USES.contains(words.get(i + 1)
                    .text())) {
                return new Span(Math.min(i, touch), Math.max(i + 2, touch + 1), Kind.DOES);
            }
        }
        return null;
    }

    /**
     * "If I woke up as a Kurd, I would kill myself", "I'd rather be dead than be a Roma": being one of the group
     * as a fate worse than death. The words of the death, or null.
     */
    static Span ratherDeadThanOne(List<Word> words, Span group, int sentenceStart, int sentenceEnd) {
        boolean becoming = false;
        for (int i = Math.max(sentenceStart, group.from() - 6); i < group.from() && !becoming; i++) {
            becoming = words.get(i).text().equals("if") && i + 2 < group.from()
                    && FIRST_PERSON.contains(words.get(i + 1).text()) && BECOMING.contains(words.get(i + 2).text());
        }
        if (!becoming) {
            return null;
        }
        for (int i = group.to(); i + 1 < Math.min(sentenceEnd, group.to() + 8); i++) {
            if (SELF_HARMS.contains(words.get(i).text()) && (words.get(i + 1).text().equals("myself")
                    || words.get(i + 1).text().equals("it"))) {
                return new Span(i, i + 2, Kind.HARMS);
            }
        }
        return null;
    }

    /**
     * "The whole region is full of inbred savages", "this town is overrun with rats": a place said to be full of
     * a name is a name for the people who live there.
     */
    static boolean fullOf(List<Word> words, Span place, Span name) {
        int at = name.from();
        while (at > place.to() && isAdjective(words.get(at - 1).text())) {
            at--;
        }
        if (at - place.to() < 2 || at - place.to() > 4 || !FULL_OF.contains(words.get(at - 2).text())
                || !(words.get(at - 1).text().equals("of") || words.get(at - 1).text().equals("with"))
                || words.get(place.from()).clause() != words.get(name.from()).clause()) {
            return false;
        }
        return LINKS.contains(words.get(place.to()).text()) || "overrun".equals(words.get(at - 2).text());
    }

    /** The harm a few words before a group's body part ("cut their Kurdish throats"), as a predicate, or null. */
    static Span bodyHarm(List<Word> words, Span group) {
        for (int i = group.from() - 1; i >= Math.max(0, group.from() - 3); i--) {
            if (words.get(i).clause() != words.get(group.from()).clause()) {
                return null;
            }
            if (BODY_HARMS.contains(words.get(i).text())) {
                return new Span(i, i + 1, Kind.HARMS);
            }
            if (!DEMONSTRATIVES.contains(words.get(i).text()) && !DETERMINERS.contains(words.get(i).text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Something despised ranked above the group, or the group put level with it: "my dog is smarter than any
     * Kurd", "I care more about the dirt under my shoe than about Roma", "I'd rather die than date a Kurd", "no
     * difference between a dead rat and a dead Kurd". Not what the despised thing is given ("dogs get better care
     * than refugees" pleads for them), nor a comparison the other way ("Kurds are treated worse than animals").
     */
    static boolean ranksBelow(List<Word> words, Span group, Span low) {
        if (low.kind() == Kind.LABELS && group.to() <= low.from() && low.from() - group.to() <= 4) {
            // "no difference between a Gypsy and a stray mongrel".
            return levelled(words, group, low);
        }
        if (low.to() > group.from() || group.from() - low.to() > 10) {
            return false;
        }
        String lowWord = words.get(low.to() - 1).text();
        if (low.kind() == Kind.HARMS && !lowWord.equals("die") && !lowWord.equals("dead")) {
            return false;
        }
        int than = -1;
        int and = -1;
        for (int i = low.to(); i < group.from(); i++) {
            String w = words.get(i).text();
            if (w.equals("than") && than < 0) {
                than = i;
            } else if (w.equals("and") && and < 0) {
                and = i;
            } else if (GIVEN.contains(w)) {
                return false;
            }
        }
        int clauseStart = clauseStart(words, low.from());
        if (than >= 0) {
            if (group.from() - than > 6 || anyOf(words, than, group.from(), STANDS_BY) || group.to() < words.size()
                    && words.get(group.to()).clause() == words.get(group.from()).clause()
                    && THINKING.contains(words.get(group.to()).text())) {
                return false;
            }
            boolean above = false;
            for (int i = Math.max(clauseStart, low.from() - 6); i < than; i++) {
                String w = words.get(i).text();
                if (GIVEN.contains(w) || TREATS.contains(w) || BELOW.contains(w)) {
                    return false;
                }
                above |= ABOVE.contains(w) || w.length() > 4 && w.endsWith("er") && !NOT_COMPARATIVES.contains(w);
            }
            // Only a wish for death ranks the group lower than dying: "I'd rather die than date one".
            return above && (low.kind() != Kind.HARMS || anyOf(words, Math.max(clauseStart, low.from() - 2),
                    low.from(), Set.of("rather", "sooner")));
        }
        // "I don't see any difference between a dead rat and a dead Kurd".
        return low.kind() == Kind.LABELS && levelled(words, low, group);
    }

    /** "no difference between {@code first} and {@code second}": a denied difference puts the two level. */
    static boolean levelled(List<Word> words, Span first, Span second) {
        int clauseStart = clauseStart(words, first.from());
        int and = -1;
        for (int i = first.to(); i < second.from(); i++) {
            if (words.get(i).text().equals("and")) {
                and = i;
            }
        }
        if (and < 0 || second.from() - and > 3) {
            return false;
        }
        for (int i = first.from() - 1; i >= Math.max(clauseStart, first.from() - 4); i--) {
            if (words.get(i).text().equals("between")) {
                for (int k = Math.max(clauseStart, i - 5); k < i; k++) {
                    String w = words.get(k).text();
                    if (w.equals("no") || w.equals("not") || NT.contains(w) || w.equals("same")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "Send every last Iraqi refugee back", "we should kick the Roma out": a removal whose verb and particle stand
     * around the group, called for. The verb and the particle, or null.
     */
    static Span sentAway(List<Word> words, Span group, int sentenceStart, int sentenceEnd, Negations negation) {
        int particle = group.to();
        if (particle >= sentenceEnd || !AWAY.contains(words.get(particle).text())) {
            return null;
        }
        int verb = group.from() - 1;
        while (verb > sentenceStart && group.from() - verb <= 3 && (DETERMINERS.contains(words.get(verb).text())
                || QUANTIFIERS.contains(words.get(verb).text()) || words.get(verb).text().equals("last")
                || words.get(verb).text().equals("every") || words.get(verb).text().equals("single"))) {
            verb--;
        }
        if (verb < sentenceStart || !SENDS.contains(words.get(verb).text())) {
            return null;
        }
        int clause = clauseStart(words, verb);
        boolean called = clause == verb;
        for (int i = Math.max(clause, verb - 4); i < verb && !called; i++) {
            called = CALLERS.contains(words.get(i).text()) && !"to".equals(words.get(i).text());
        }
        return called && !negation.before(words, verb, 3) ? new Span(verb, particle + 1, Kind.HARMS) : null;
    }
}
