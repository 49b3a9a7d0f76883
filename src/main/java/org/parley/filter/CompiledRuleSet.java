package org.parley.filter;

import java.util.List;
import java.util.stream.Stream;

import org.parley.filter.rules.RegexRule;
import org.parley.filter.rules.TermScanner;
import org.parley.filter.rules.TermsRule;
import org.parley.filter.rules.statement.StatementRule;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.NormaliserTables;

/**
 * The immutable rule set in force, with the thresholds that turn its scores into decisions and the normaliser
 * its terms were compiled with (texts must be read with the same tables as the terms): replaced as a whole when
 * anything changes, never edited in place. All its term lists (and the words regex rules require) share one
 * scanner, so a text is scanned once however many such rules there are.
 */
public record CompiledRuleSet(List<CompiledRule> rules, Thresholds thresholds, long version, TermScanner terms,
        Normaliser normaliser) {

    /** Rules compiled with the shipped tables' normaliser. */
    public CompiledRuleSet(List<CompiledRule> rules, Thresholds thresholds, long version) {
        this(rules, thresholds, version, Normaliser.defaults());
    }

    public CompiledRuleSet(List<CompiledRule> rules, Thresholds thresholds, long version, Normaliser normaliser) {
        this(List.copyOf(rules), thresholds, version, new TermScanner(rules.stream()
                .filter(r -> r.spec().enabled())
                .flatMap(r -> r.matcher() instanceof TermsRule terms ? Stream.of(terms.table())
                        : r.matcher() instanceof RegexRule regex ? regex.requiredWords().stream()
                        : r.matcher() instanceof StatementRule statements ? statements.scannedWords().stream()
                        : Stream.empty())
                .toList()), normaliser);
    }

    public static CompiledRuleSet empty(Thresholds thresholds) {
        return new CompiledRuleSet(List.of(), thresholds, 0);
    }

    /** The tables this set reads disguised letters with. */
    public NormaliserTables tables() {
        return normaliser.tables();
    }

    /** The same rules and tables as another version. */
    public CompiledRuleSet asVersion(long newVersion) {
        return new CompiledRuleSet(rules, thresholds, newVersion, terms, normaliser);
    }
}
