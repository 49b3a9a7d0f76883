package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementShapes.*;
import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.List;

import org.parley.filter.rules.Word;

/**
 * Where a sentence stops being the speaker's own statement, for {@link StatementRule}: a report or condemnation
 * of what someone else said ("he said…", "calling Iraqis 'animals' is racist"), or another person's belief
 * ("you can't seriously believe that…"); and where it stays the speaker's ("I'd say", "if you said that").
 */
final class Reports {

    private final Lexicon reporting;
    private final Lexicon groups;
    private final Negations negation;

    Reports(Lexicon reporting, Lexicon groups, Negations negation) {
        this.reporting = reporting;
        this.groups = groups;
        this.negation = negation;
    }

    /**
     * Whether the sentence reports or condemns what someone else said, at word {@code i}: the first word of the
     * sentence the report covers, or -1. "You're an idiot if you think that": a supposed belief covers what follows
     * it, not the speaker's words before it.
     */
    int at(List<Word> words, int i, int sentenceStart, int end) {
        if (BELIEF_VERBS.contains(words.get(i).text())) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (OTHER_SPEAKERS.contains(words.get(k).text()) && words.get(k).sentence() == words.get(i).sentence()) {
                    if (believesOfThemselves(words, k, i, end)) {
                        return -1;
                    }
                    return k > 0 && SUPPOSITIONS.contains(words.get(k - 1).text()) ? i + 1 : sentenceStart;
                }
            }
            return -1;
        }
        if (reporting.longestAt(words, i, end) == null) {
            return -1;
        }
        // "He should be sacked", "they must be jailed": a consequence called for, not one reported.
        if (i > 1 && words.get(i - 1).text().equals("be") && CALLERS.contains(words.get(i - 2).text())) {
            return -1;
        }
        // "Whoever wrote this", "the man who said that": who wrote it, named by the writing, not a report of it.
        if (i > 0 && (words.get(i - 1).text().equals("whoever") || words.get(i - 1).text().equals("who"))
                && i + 1 < end && WRITINGS.contains(words.get(i + 1).text())) {
            return -1;
        }
        if (!SPEECH_VERBS.contains(words.get(i).text())) {
            return sentenceStart;
        }
        // "We have to call out the hatred for Kurds": calling it out condemns it.
        if (i + 1 < end && "out".equals(words.get(i + 1).text())) {
            return sentenceStart;
        }
        // "a word said by a Kurd", "easy to tell": who says it or that it shows, not a report of a statement.
        if (i + 1 < end && "by".equals(words.get(i + 1).text())) {
            return -1;
        }
        // "if you said that to me": a supposition, not a report.
        if (i > 1 && "if".equals(words.get(i - 2).text())) {
            return -1;
        }
        // "I'd say Kurds are vermin" is the speaker's own statement; "I never said that" still denies it.
        if (i > 0 && OWN_SPEAKERS.contains(words.get(i - 1).text())) {
            return negation.before(words, i, 3) ? sentenceStart : -1;
        }
        // "A Kurd can never be trusted, their religion tells them to lie": an order reported, and a clause before
        // it is the speaker's own; a report at the end ("..., the UN says") covers the whole sentence.
        if (i + 2 < end && OBJECT_PRONOUNS.contains(words.get(i + 1).text()) && "to".equals(words.get(i + 2).text())) {
            return clauseStart(words, i);
        }
        return sentenceStart;
    }

    /**
     * "Women who think they are my equal": what a group believes of itself describes the group the sentence
     * goes on to speak of; it reports nobody's statement.
     */
    boolean believesOfThemselves(List<Word> words, int who, int belief, int end) {
        if (!"who".equals(words.get(who).text()) || who == 0 || belief + 1 >= end
                || !THEMSELVES.contains(words.get(belief + 1).text())) {
            return false;
        }
        String named = words.get(who - 1).text();
        Lexicon.Found group = groups.longestAt(words, who - 1, end);
        return GROUP_NOUNS.contains(named) || namesPeople(named) || group != null && group.length() == 1;
    }
}
