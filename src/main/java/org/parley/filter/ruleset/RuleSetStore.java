package org.parley.filter.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleSpec;
import org.parley.filter.Thresholds;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where rule sets are kept: the editable rows of {@code filter_rule} (their ids are what the API addresses) and
 * the appended versions, each with a snapshot of the whole set. The two are written together, so the rows always
 * equal the newest snapshot.
 */
@ApplicationScoped
public class RuleSetStore {

    static final String PACK_NAME = "Parley rule set";

    Clock clock = Clock.systemUTC();

    @Inject
    ObjectMapper json;

    /**
     * A rule set as stored: its version, its rules in order (with row ids when read from the rows), thresholds
     * and policy settings, and the tables texts are read with.
     */
    public record Stored(long version, List<RuleSpec> rules, Thresholds thresholds, NormaliserTables tables) {
    }

    /**
     * The rule set to change, locked until the transaction ends: the rows with their ids and the newest version's
     * thresholds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored lockForChange(Thresholds defaults) {
        Optional<RuleSetVersion> latest = RuleSetVersion.latestForChange();
        List<RuleSpec> rules = FilterRule.listInOrder().stream().map(this::toSpec).toList();
        Optional<Stored> snapshot = latest.map(v -> read(v, defaults));
        return new Stored(latest.map(v -> v.id).orElse(0L), rules,
                snapshot.map(Stored::thresholds).orElse(defaults),
                snapshot.map(Stored::tables).orElseGet(NormaliserTables::shipped));
    }

    /** The newest version's rule set, from its snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> latest(Thresholds defaults) {
        return RuleSetVersion.latest().map(v -> read(v, defaults));
    }

    /**
     * The rules, thresholds and tables a version's snapshot holds (rules without ids: rows come and go; no tables
     * in it means the shipped ones).
     */
    public Stored read(RuleSetVersion version, Thresholds defaults) {
        try {
            JsonNode pack = json.readTree(version.snapshot);
            return new Stored(version.id, RulePack.read(pack), RulePack.readThresholdsAndPolicies(pack, defaults),
                    NormaliserTables.fromJson(pack.get("tables"), NormaliserTables.shipped()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule-set version " + version.id + " has an unreadable snapshot", e);
        }
    }

    /** The rule set of the rows, as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RuleSpec> rows() {
        return FilterRule.listInOrder().stream().map(this::toSpec).toList();
    }

    /**
     * Makes the rows equal to {@code specs} (a spec with an id updates that row, one without an id the row of the
     * same name, the rest are added; rows no spec names are deleted) and appends a version with their snapshot.
     * Validation is the caller's: this stores what it is given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleSetVersion save(List<RuleSpec> specs, Thresholds thresholds, NormaliserTables tables, String actor,
            String note) {
        Instant now = clock.instant();
        List<FilterRule> rows = FilterRule.listInOrder();
        Map<Long, FilterRule> byId = new HashMap<>();
        Map<String, FilterRule> byName = new HashMap<>();
        for (FilterRule row : rows) {
            byId.put(row.id, row);
            byName.put(row.name, row);
        }
        Map<FilterRule, Boolean> kept = new IdentityHashMap<>();
        List<FilterRule> target = new ArrayList<>();
        for (RuleSpec spec : specs) {
            FilterRule row = spec.id() != null ? byId.get(spec.id()) : byName.get(spec.name());
            if (row == null || kept.containsKey(row)) {
                row = new FilterRule();
            } else {
                kept.put(row, true);
            }
            target.add(row);
        }
        // Deletes and renames go first, in flushes of their own: Hibernate would insert before it deletes, and a
        // new or renamed rule may take the name of one that is going away.
        for (FilterRule row : rows) {
            if (!kept.containsKey(row)) {
                row.delete();
            }
        }
        FilterRule.flush();
        boolean renamed = false;
        for (int i = 0; i < specs.size(); i++) {
            FilterRule row = target.get(i);
            if (row.id != null && !row.name.equals(specs.get(i).name())) {
                row.name = "~renaming~" + row.id;
                renamed = true;
            }
        }
        if (renamed) {
            FilterRule.flush();
        }
        for (int i = 0; i < specs.size(); i++) {
            write(target.get(i), specs.get(i), i, now);
        }
        RuleSetVersion version = new RuleSetVersion();
        version.createdAt = now;
        version.actor = actor;
        version.note = note == null ? "" : note;
        version.snapshot = RulePack.write(PACK_NAME, null, specs, thresholds, tables, false).toString();
        version.persist();
        return version;
    }

    private static void write(FilterRule row, RuleSpec spec, int position, Instant now) {
        String params = spec.params() == null || spec.params().isNull() ? "{}" : spec.params().toString();
        String description = spec.description() == null ? "" : spec.description();
        boolean changed = row.id == null || !Objects.equals(row.name, spec.name())
                || !Objects.equals(row.description, description) || row.type != spec.type()
                || row.category != spec.category() || row.score != spec.score() || row.enabled != spec.enabled()
                || row.mode != spec.mode() || row.policy != spec.policy() || !Objects.equals(row.params, params);
        row.name = spec.name();
        row.position = position;
        if (!changed) {
            return;
        }
        row.description = description;
        row.type = spec.type();
        row.category = spec.category();
        row.score = spec.score();
        row.enabled = spec.enabled();
        row.mode = spec.mode();
        row.policy = spec.policy();
        row.params = params;
        row.updatedAt = now;
        if (row.id == null) {
            row.version = 1;
            row.createdAt = now;
            row.persist();
        } else {
            row.version++;
        }
    }

    /** A row as data, with its id. */
    public RuleSpec toSpec(FilterRule rule) {
        try {
            JsonNode params = rule.params == null || rule.params.isBlank() ? null : json.readTree(rule.params);
            return new RuleSpec(rule.id, rule.name, rule.description, rule.type, rule.category, rule.score,
                    rule.enabled, rule.mode, params, rule.policy);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException(rule.name + ": its parameters are not valid JSON", e);
        }
    }
}
