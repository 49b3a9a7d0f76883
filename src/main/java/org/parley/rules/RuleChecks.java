package org.parley.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.comments.StoredComment;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Hit;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleExamples;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.text.NormaliserTables;
import org.parley.shared.Refusal;

/**
 * What is checked about a rule before it is saved, beyond compiling: that it passes its own examples, and how
 * many comments that stand published it would now hit (a warning, not a refusal).
 */
@ApplicationScoped
public class RuleChecks {

    public static final int WARNING_DAYS = 90;
    public static final int WARNING_MAX_COMMENTS = 20_000;
    public static final int WARNING_EXAMPLES = 5;

    /** An example the rule fails: {@code match} true for a must-match text it did not hit. */
    public record Failure(boolean match, String text, String where) {

        public String describe() {
            return (match ? "must match" : "must not match") + " \"" + text + "\" (" + where + ")";
        }
    }

    /** A published comment the draft rule would hit, and what it would mark. */
    public record Example(long commentId, String userName, String text, String match) {
    }

    /** How many published comments the draft rule would newly hit, of how many checked, with a few of them. */
    public record Preview(long approvedHits, long checked, List<Example> examples) {

        public static final Preview NONE = new Preview(0, 0, List.of());
    }

    @Inject
    FilterService filter;

    @Inject
    CommentQueueService comments;

    Clock clock = Clock.systemUTC();

    /**
     * Runs the rule's examples with the rule compiled alone and within {@code set} (the draft rule set it is part
     * of, matched by name). A disabled rule is checked as if enabled: its examples say what it does when on. A rule
     * that does not compile has nothing to check here; saving it reports that.
     */
    public List<Failure> failures(RuleSpec rule, List<RuleSpec> set) {
        return failures(rule, set, filter.live().tables());
    }

    /** Like {@link #failures(RuleSpec, List)}, with texts read through other tables than the live ones. */
    public List<Failure> failures(RuleSpec rule, List<RuleSpec> set, NormaliserTables tables) {
        return failures(rule, set, tables, null);
    }

    /**
     * Every rule's failed examples in {@code set} read with {@code tables}, by rule name (rules that pass are left
     * out). The set is compiled once for all its enabled rules.
     */
    public Map<String, List<Failure>> failuresOfAll(List<RuleSpec> set, NormaliserTables tables) {
        CompiledRuleSet whole;
        try {
            whole = filter.compile(set, tables, -1);
        } catch (InvalidRuleException e) {
            return Map.of();
        }
        Map<String, List<Failure>> all = new LinkedHashMap<>();
        for (RuleSpec rule : set) {
            List<Failure> failures = failures(rule, set, tables, rule.enabled() ? whole : null);
            if (!failures.isEmpty()) {
                all.put(rule.name(), failures);
            }
        }
        return all;
    }

    /** @param compiledSet {@code set} compiled with {@code rule} enabled, if at hand */
    private List<Failure> failures(RuleSpec rule, List<RuleSpec> set, NormaliserTables tables,
            CompiledRuleSet compiledSet) {
        RuleExamples examples;
        try {
            examples = RuleExamples.of(rule.params());
        } catch (InvalidRuleException e) {
            return List.of();
        }
        if (examples.isEmpty()) {
            return List.of();
        }
        RuleSpec on = enabled(rule);
        CompiledRuleSet inSet = compiledSet;
        CompiledRuleSet alone;
        try {
            if (inSet == null) {
                List<RuleSpec> draft = new ArrayList<>();
                for (RuleSpec other : set) {
                    draft.add(Objects.equals(other.name(), rule.name()) ? on : other);
                }
                inSet = filter.compile(draft, tables, -1);
            }
            // A combination only means something next to the rules it names.
            alone = rule.type() == RuleType.COMBINATION ? null : filter.compile(List.of(on), tables, -1);
        } catch (InvalidRuleException e) {
            return List.of();
        }
        List<Failure> failures = new ArrayList<>();
        for (String text : examples.match()) {
            if (alone != null && !hits(alone, rule.name(), text)) {
                failures.add(new Failure(true, text, "no hit with the rule alone"));
            } else if (!hits(inSet, rule.name(), text)) {
                failures.add(new Failure(true, text, "no hit in the rule set"));
            }
        }
        for (String text : examples.noMatch()) {
            if (alone != null && hits(alone, rule.name(), text)) {
                failures.add(new Failure(false, text, "hit with the rule alone"));
            } else if (hits(inSet, rule.name(), text)) {
                failures.add(new Failure(false, text, "hit in the rule set"));
            }
        }
        return failures;
    }

    /**
     * Refuses (400) a rule set in which a rule fails its own examples, naming the first such rule and its failures,
     * the field being its place in the list ({@code rules[3].examples}).
     */
    public void requireAllExamplesPass(List<RuleSpec> set, NormaliserTables tables) {
        Map<String, List<Failure>> failing = failuresOfAll(set, tables);
        for (int i = 0; i < set.size(); i++) {
            List<Failure> failures = failing.get(set.get(i).name());
            if (failures != null) {
                throw Refusal.invalid(set.get(i).name() + " fails its own examples: "
                        + String.join("; ", failures.stream().map(Failure::describe).toList()) + ".",
                        "rules[" + i + "]." + RuleExamples.KEY);
            }
        }
    }

    /** Refuses (400, field {@code field}) a rule that fails its own examples, naming them. */
    public void requireExamplesPass(RuleSpec rule, List<RuleSpec> set, String field) {
        requireExamplesPass(rule, set, filter.live().tables(), field);
    }

    /** Like {@link #requireExamplesPass(RuleSpec, List, String)}, with texts read through {@code tables}. */
    public void requireExamplesPass(RuleSpec rule, List<RuleSpec> set, NormaliserTables tables, String field) {
        List<Failure> failures = failures(rule, set, tables);
        if (!failures.isEmpty()) {
            throw Refusal.invalid(rule.name() + " fails its own examples: "
                    + String.join("; ", failures.stream().map(Failure::describe).toList()) + ".", field);
        }
    }

    /**
     * For a new or changed term-list or pattern rule: how many comments published in the last
     * {@value #WARNING_DAYS} days (the newest {@value #WARNING_MAX_COMMENTS}) it would hit that {@code before}
     * (the rule as it is live, or null for a new rule) does not already hit. Other rule types answer none.
     */
    public Preview approvedHits(RuleSpec draft, RuleSpec before) {
        if (draft.type() != RuleType.TERMS && draft.type() != RuleType.REGEX) {
            return Preview.NONE;
        }
        CompiledRuleSet now;
        CompiledRuleSet was = null;
        try {
            now = filter.compile(List.of(enabled(draft)), -1);
            if (before != null && (before.type() == RuleType.TERMS || before.type() == RuleType.REGEX)) {
                was = filter.compile(List.of(enabled(before)), -1);
            }
        } catch (InvalidRuleException e) {
            return Preview.NONE;
        }
        return newHits(now, was, false);
    }

    /**
     * For new tables: how many published comments the live rules would hit when reading texts with them that they
     * do not hit now (a rule newly hitting a comment counts it).
     */
    public Preview approvedHits(NormaliserTables tables) {
        List<RuleSpec> live = filter.liveSpecs().stream().map(RuleChecks::enabled).toList();
        try {
            return newHits(filter.compile(live, tables, -1), filter.compile(live, -1), true);
        } catch (InvalidRuleException e) {
            return Preview.NONE;
        }
    }

    /**
     * Published comments {@code now} hits and {@code old} (if any) does not: not at all, or with {@code byRule} not
     * with the same rule.
     */
    private Preview newHits(CompiledRuleSet now, CompiledRuleSet old, boolean byRule) {
        AtomicLong checked = new AtomicLong();
        AtomicLong count = new AtomicLong();
        List<Example> examples = new ArrayList<>();
        Instant since = clock.instant().minus(Duration.ofDays(WARNING_DAYS));
        comments.replay(since, CommentStatus.PUBLISHED, WARNING_MAX_COMMENTS, 2_000, page -> {
            for (StoredComment c : page) {
                checked.incrementAndGet();
                Submission s = new Submission(c.text(), c.userName(), null);
                List<Hit> hits = filter.checkWith(now, s).hits();
                if (hits.isEmpty()) {
                    continue;
                }
                if (old != null) {
                    Set<String> before = filter.checkWith(old, s).hits().stream().map(Hit::rule)
                            .collect(Collectors.toSet());
                    hits = hits.stream().filter(h -> byRule ? !before.contains(h.rule()) : before.isEmpty()).toList();
                    if (hits.isEmpty()) {
                        continue;
                    }
                }
                count.incrementAndGet();
                if (examples.size() < WARNING_EXAMPLES) {
                    examples.add(new Example(c.id(), c.userName(), c.text(), hits.get(0).match()));
                }
            }
        });
        return new Preview(count.get(), checked.get(), List.copyOf(examples));
    }

    /** The example stands as the text and as the user name, so that rules on either field can be shown one. */
    private boolean hits(CompiledRuleSet rules, String name, String text) {
        return filter.checkWith(rules, new Submission(text, text, null)).hits().stream()
                .anyMatch(h -> h.rule().equals(name));
    }

    private static RuleSpec enabled(RuleSpec r) {
        return r.enabled() ? r : r.withEnabled(true);
    }
}
