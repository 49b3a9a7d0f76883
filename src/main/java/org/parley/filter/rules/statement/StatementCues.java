package org.parley.filter.rules.statement;

import static org.parley.filter.rules.statement.StatementWords.*;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.parley.filter.Field;
import org.parley.filter.rules.TermTable;
import org.parley.filter.rules.TermsRule;
import org.parley.filter.rules.statement.StatementRule.Predicates;
import org.parley.filter.text.Normaliser;

/**
 * The words that make a comment worth reading for a STATEMENT rule, found by the rule set's shared scan before
 * the rule cuts a comment into words: most comments name no group and are never read further.
 */
final class StatementCues {

    private StatementCues() {
    }

    static List<String> tellingWords(Stream<Predicates> predicates) {
        return predicates.flatMap(p -> p.terms().stream()).map(StatementCues::tellingWord).filter(t -> !t.isBlank())
                .distinct().toList();
    }

    static List<String> stripped(Stream<String> words) {
        return words.filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
    }

    /**
     * The word of a predicate that tells whether it may be there: the longest, but a word most comments have tells
     * nothing ("trash people" waits for "trash", not for "people").
     */
    static String tellingWord(String term) {
        String best = Arrays.stream(term.strip().split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty())
                .max(Comparator.comparing((String w) -> !COMMON.contains(w.toLowerCase(Locale.ROOT)))
                        .thenComparingInt(String::length))
                .orElse("");
        // The cue is a word start: "rap" for "rape", so that "raping" is read too.
        return best.length() >= 4 && best.endsWith("e") && !COMMON.contains(best.toLowerCase(Locale.ROOT))
                ? best.substring(0, best.length() - 1) : best;
    }

    static TermTable cueTable(List<String> words, TermsRule.Match match, Field field, Normaliser normaliser) {
        return TermTable.cues(new TermsRule.Params(words.stream().map(w -> new TermsRule.Term(w, match, null))
                .toList(), match, null, field), normaliser);
    }
}
