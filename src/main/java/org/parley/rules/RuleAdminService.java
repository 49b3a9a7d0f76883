package org.parley.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleExamples;
import org.parley.filter.RuleSpec;
import org.parley.filter.Thresholds;
import org.parley.filter.ruleset.FilterRule;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.ruleset.RuleSetStore;
import org.parley.filter.ruleset.RuleSetVersion;
import org.parley.filter.text.NormaliserTables;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Admins change the filter's rules and thresholds as data. Every change is checked in full against the whole
 * rule set, stored as a new rule-set version under the admin's name, put in force on this node as it commits, and
 * audited; a change that does not check out stores nothing.
 */
@ApplicationScoped
public class RuleAdminService {

    public static final int MAX_NOTE_LENGTH = 1000;

    @Inject
    FilterService filter;

    @Inject
    RuleSetStore store;

    @Inject
    AuditService audit;

    @Inject
    RuleChecks checks;

    /** A rule as the API shows it, with the version its change made. */
    public record Changed(ObjectNode rule, long ruleSetVersion) {
    }

    @Transactional
    public List<ObjectNode> rules() {
        return FilterRule.listInOrder().stream().map(this::view).toList();
    }

    /** The stored rules as data, in order, with their row ids. */
    @Transactional
    public List<RuleSpec> specs() {
        return store.rows();
    }

    @Transactional
    public ObjectNode rule(long id) {
        return view(row(id));
    }

    @Transactional
    public Changed create(String actor, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        RuleSpec spec = read(body, null);
        requireUniqueName(stored.rules(), spec);
        List<RuleSpec> next = new ArrayList<>(stored.rules());
        next.add(spec);
        checks.requireExamplesPass(spec, next, RuleExamples.KEY);
        RuleSetVersion version = replace(next, stored.thresholds(), stored.tables(), actor,
                noteOr(note(body, note), "rule " + spec.name() + " added"), Blame.theRule(next.size() - 1), stored.version(),
                "rule added: " + summary(spec));
        return new Changed(view(byName(spec.name())), version.id);
    }

    /** Changes a rule as {@link RulePatch} says. */
    @Transactional
    public Changed update(String actor, long id, RulePatch patch, String note) {
        RuleSetStore.Stored stored = filter.editable();
        int index = indexOf(stored.rules(), id);
        RuleSpec before = stored.rules().get(index);
        ObjectNode merged = patch.applyTo(before);
        RuleSpec spec = read(merged, id);
        requireUniqueName(stored.rules(), spec);
        List<RuleSpec> next = new ArrayList<>(stored.rules());
        next.set(index, spec);
        checks.requireExamplesPass(spec, next, RuleExamples.KEY);
        String what = before.name().equals(spec.name()) ? before.name() : before.name() + " (now " + spec.name() + ")";
        RuleSetVersion version = replace(next, stored.thresholds(), stored.tables(), actor,
                noteOr(patch.note(note), "rule " + what + " changed"), Blame.theRule(index), stored.version(),
                "rule changed: " + summary(before) + " -> " + summary(spec));
        return new Changed(view(row(id)), version.id);
    }

    @Transactional
    public long delete(String actor, long id, String note) {
        RuleSetStore.Stored stored = filter.editable();
        int index = indexOf(stored.rules(), id);
        RuleSpec gone = stored.rules().get(index);
        List<RuleSpec> next = new ArrayList<>(stored.rules());
        next.remove(index);
        return replace(next, stored.thresholds(), stored.tables(), actor,
                noteOr(note, "rule " + gone.name() + " deleted"), Blame.NO_RULE,
                stored.version(), "rule deleted: " + summary(gone)).id;
    }

    /**
     * How many published comments a draft rule would newly hit (against the live rule of its id or name, if any):
     * the warning shown before a term or pattern goes live. It does not stop a save.
     */
    @Transactional
    public RuleChecks.Preview preview(JsonNode body) {
        RuleSpec draft = read(body, null);
        Long id = body.hasNonNull("id") && body.get("id").canConvertToLong() ? body.get("id").asLong() : null;
        RuleSpec before = store.rows().stream()
                .filter(r -> id != null ? r.id().equals(id) : r.name().equals(draft.name())).findFirst()
                .orElse(null);
        return checks.approvedHits(draft, before);
    }

    @Transactional
    public Thresholds thresholds() {
        return store.latest(filter.defaultThresholds()).map(RuleSetStore.Stored::thresholds)
                .orElseGet(filter::defaultThresholds);
    }

    @Transactional
    public long setThresholds(String actor, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        Thresholds next;
        try {
            next = RulePack.readThresholds(body == null ? null : body, stored.thresholds());
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), stripPrefix(e.field(), "thresholds."));
        }
        return replace(stored.rules(), next, stored.tables(), actor, noteOr(note(body, note), "thresholds changed"),
                Blame.NO_RULE, stored.version(), "thresholds: " + RulePack.writeThresholds(stored.thresholds()) + " -> "
                        + RulePack.writeThresholds(next)).id;
    }

    /**
     * New settings for site policies, {@code {"profanity": "HOLD", ...}}; a policy left out keeps its setting.
     * Like thresholds they are part of the rule set: a change makes a new version, unless nothing changed.
     *
     * @return the new rule-set version, or -1 when nothing changed
     */
    @Transactional
    public long setPolicies(String actor, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        Thresholds next;
        try {
            next = RulePack.readPolicies(body == null ? null : body, stored.thresholds());
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), stripPrefix(e.field(), "policies."));
        }
        if (next.equals(stored.thresholds())) {
            return -1;
        }
        return replace(stored.rules(), next, stored.tables(), actor, noteOr(note(body, note),
                "site policies changed"), Blame.NO_RULE, stored.version(), "policies: "
                + RulePack.writePolicies(stored.thresholds()) + " -> " + RulePack.writePolicies(next)).id;
    }

    /** The leetspeak and look-alike tables of the newest version. */
    @Transactional
    public NormaliserTables tables() {
        return store.latest(filter.defaultThresholds()).map(RuleSetStore.Stored::tables)
                .orElseGet(NormaliserTables::shipped);
    }

    /**
     * Changes the tables texts are read with: {@code {"leet": {...}, "lookalikes": {...}}} (a table left out
     * keeps its entries) or {@code {"shipped": true}} for Parley's own. Every rule's examples must still pass
     * with them.
     */
    @Transactional
    public long setTables(String actor, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        return setTables(actor, stored, readTables(body, stored.tables()), note(body, note)).id;
    }

    /** Puts {@code next} in force as the tables of a new version (see {@link #setTables(String, JsonNode, String)}). */
    @Transactional
    public long setTables(String actor, NormaliserTables next, String note) {
        return setTables(actor, filter.editable(), next, note).id;
    }

    /** How many published comments the live rules would newly hit reading texts with these tables. */
    @Transactional
    public RuleChecks.Preview previewTables(JsonNode body) {
        return checks.approvedHits(readTables(body, tables()));
    }

    private static NormaliserTables readTables(JsonNode body, NormaliserTables base) {
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("Send the tables as {\"leet\": {...}, \"lookalikes\": {...}}.", null);
        }
        ObjectNode tablesOnly = body.deepCopy();
        tablesOnly.remove("note");
        boolean shipped = tablesOnly.path("shipped").asBoolean(false);
        tablesOnly.remove("shipped");
        try {
            return shipped ? NormaliserTables.shipped() : NormaliserTables.fromJson(tablesOnly, base);
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), stripPrefix(e.field(), "tables."));
        }
    }

    /** Puts {@code next} in force as a new version, if every rule's examples pass with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    RuleSetVersion setTables(String actor, RuleSetStore.Stored stored, NormaliserTables next, String note) {
        List<String> failing = new ArrayList<>();
        checks.failuresOfAll(stored.rules(), next)
                .forEach((rule, failures) -> failures.forEach(f -> failing.add(rule + " " + f.describe())));
        if (!failing.isEmpty()) {
            throw Refusal.invalid("With these tables, rules fail their own examples: "
                    + String.join("; ", failing) + ".", null);
        }
        List<RuleSetDiff.Change> changes = RuleSetDiff.tableChanges(stored.tables(), next);
        return replace(stored.rules(), stored.thresholds(), next, actor, noteOr(note, "leetspeak and look-alike "
                + "tables changed"), Blame.NO_RULE, stored.version(), "tables: " + (next.isShipped() ? "Parley's own; " : "")
                + changes.size() + " entries changed" + (changes.isEmpty() ? "" : " ("
                + String.join(", ", changes.stream().limit(20).map(c -> c.field() + " " + c.from() + " -> "
                        + c.to()).toList()) + (changes.size() > 20 ? ", ..." : "") + ")"));
    }

    /**
     * Whom a fault in a new rule set is told as: the fields of {@link #theRule the one rule} the request edits,
     * a conflict with another rule when {@link #NO_RULE no rule} is edited, or, for {@link #WHOLE_PACK a whole
     * pack}, a fault at its place in the list.
     */
    record Blame(int rule, boolean wholePack) {
        static final Blame NO_RULE = new Blame(-1, false);
        static final Blame WHOLE_PACK = new Blame(-1, true);

        static Blame theRule(int index) {
            return new Blame(index, false);
        }
    }

    RuleSetVersion replace(List<RuleSpec> specs, Thresholds thresholds, NormaliserTables tables,
            String actor, String note, Blame blame, long before, String details) {
        RuleSetVersion version;
        try {
            version = filter.replace(specs, thresholds, tables, actor, note);
        } catch (InvalidRuleException e) {
            if (blame.wholePack()) {
                throw Refusal.invalid(e.getMessage(), e.field());
            }
            String prefix = "rules[" + blame.rule() + "]";
            if (blame.rule() >= 0 && e.field() != null
                    && (e.field().equals(prefix) || e.field().startsWith(prefix + "."))) {
                throw Refusal.invalid(e.getMessage(), stripPrefix(e.field(), prefix + "."));
            }
            throw Refusal.conflict("That change would break another rule: " + e.getMessage(), null);
        }
        audit.record(audit.newBatch(), new AuditService.Entry(actor, AuditAction.RULES, null, null,
                "version " + before, "version " + version.id, null,
                details + (note == null || note.isBlank() ? "" : "; note: " + note)));
        return version;
    }

    private RuleSpec read(JsonNode body, Long id) {
        try {
            RuleSpec r = RulePack.readRule(body, id);
            return r.withParams(RuleExamples.tidy(r.params()));
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), e.field());
        }
    }

    private static void requireUniqueName(List<RuleSpec> rules, RuleSpec spec) {
        for (RuleSpec other : rules) {
            if (other.name().equals(spec.name()) && !other.id().equals(spec.id())) {
                throw Refusal.invalid("Another rule is already called " + spec.name() + ".", "name");
            }
        }
    }

    static int indexOf(List<RuleSpec> rules, long id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id() == id) {
                return i;
            }
        }
        throw Refusal.notFound("There is no rule " + id + ".");
    }

    private ObjectNode view(FilterRule row) {
        ObjectNode node = RulePack.writeFlat(store.toSpec(row));
        if (!node.has("policy")) {
            node.putNull("policy");
        }
        node.put("createdAt", row.createdAt.toString());
        node.put("updatedAt", row.updatedAt.toString());
        return node;
    }

    private static FilterRule row(long id) {
        return FilterRule.<FilterRule>findByIdOptional(id)
                .orElseThrow(() -> Refusal.notFound("There is no rule " + id + "."));
    }

    private static FilterRule byName(String name) {
        return FilterRule.<FilterRule>find("name", name).firstResult();
    }

    static String note(JsonNode body, String fallback) {
        JsonNode note = body == null ? null : body.get("note");
        return note != null && note.isTextual() ? note.asText() : fallback;
    }

    static String noteOr(String note, String generated) {
        if (note == null || note.isBlank()) {
            return generated;
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw Refusal.invalid("A note can be at most " + MAX_NOTE_LENGTH + " characters.", "note");
        }
        return note.strip();
    }

    private static String stripPrefix(String field, String prefix) {
        if (field == null) {
            return null;
        }
        if (field.equals(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix)) {
            return null;
        }
        return field.startsWith(prefix) ? field.substring(prefix.length()) : field;
    }

    private static String summary(RuleSpec spec) {
        return spec.name() + " (" + spec.type() + ", " + spec.category().key() + ", " + spec.score() + ", "
                + spec.mode() + (spec.policy() == null ? "" : ", policy " + spec.policy().key())
                + (spec.enabled() ? "" : ", disabled") + ")";
    }
}
