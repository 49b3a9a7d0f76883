package org.parley.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleSpec;
import org.parley.filter.Thresholds;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.ruleset.RuleSetStore;
import org.parley.filter.ruleset.RuleSetVersion;
import org.parley.filter.text.NormaliserTables;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rule set's versions: the one in force, the list, one version as a pack, the difference between two, a
 * restore (a new version equal to an old one), and the whole set exported or imported as a pack.
 */
@ApplicationScoped
public class RuleVersionService {

    @Inject
    FilterService filter;

    @Inject
    RuleSetStore store;

    @Inject
    RuleChecks checks;

    @Inject
    RuleAdminService admin;

    /** A version as listed: {@code live} when it is the one in force on this node. */
    public record VersionView(long id, java.time.Instant createdAt, String actor, String note, boolean live) {
    }

    /** The version in force on this node. */
    public long liveVersion() {
        return filter.live().version();
    }

    @Transactional
    public List<VersionView> versions() {
        long live = filter.live().version();
        return RuleSetVersion.summaries().stream()
                .map(s -> new VersionView(s.id(), s.createdAt(), s.actor(), s.note(), s.id() == live)).toList();
    }

    /** A version with its thresholds and rules. */
    @Transactional
    public ObjectNode version(long id) {
        RuleSetVersion v = versionRow(id);
        RuleSetStore.Stored stored = store.read(v, filter.defaultThresholds());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", v.id);
        node.put("createdAt", v.createdAt.toString());
        node.put("actor", v.actor);
        node.put("note", v.note);
        node.put("live", v.id == filter.live().version());
        node.set("thresholds", RulePack.writeThresholds(stored.thresholds()));
        node.set("policies", RulePack.writePolicies(stored.thresholds()));
        node.put("shippedTables", stored.tables().isShipped());
        node.set("tables", stored.tables().toJson());
        node.set("rules", node.arrayNode().addAll(stored.rules().stream().map(r -> (JsonNode) RulePack.writeFlat(r))
                .toList()));
        return node;
    }

    @Transactional
    public RuleSetDiff diff(long from, long to) {
        RuleSetStore.Stored a = store.read(versionRow(from), filter.defaultThresholds());
        RuleSetStore.Stored b = store.read(versionRow(to), filter.defaultThresholds());
        return RuleSetDiff.of(a, b);
    }

    /** Makes a new version equal to version {@code id}: its rules (rows replaced) and thresholds. */
    @Transactional
    public VersionView restore(String actor, long id, String note) {
        RuleSetStore.Stored stored = filter.editable();
        RuleSetStore.Stored old = store.read(versionRow(id), filter.defaultThresholds());
        RuleSetVersion v = admin.replace(old.rules(), old.thresholds(), old.tables(), actor,
                RuleAdminService.noteOr(note, "restored version " + id), RuleAdminService.Blame.NO_RULE,
                stored.version(), "restored version " + id + " (" + old.rules().size() + " rules)");
        return new VersionView(v.id, v.createdAt, v.actor, v.note, false);
    }

    /** The rule set in force as a pack: the format of the default pack, with the thresholds. */
    @Transactional
    public ObjectNode export() {
        RuleSetStore.Stored latest = store.latest(filter.defaultThresholds())
                .orElseThrow(() -> Refusal.notFound("There are no rules yet."));
        return RulePack.write("Parley rule set", latest.version(), latest.rules(), latest.thresholds(),
                latest.tables(), true);
    }

    /**
     * Replaces the whole rule set with a pack (thresholds too, if it has them). The pack is read and checked in
     * full first; one fault anywhere and nothing changes.
     */
    @Transactional
    public VersionView importPack(String actor, JsonNode pack, String note) {
        RuleSetStore.Stored stored = filter.editable();
        if (pack == null || !pack.isObject()) {
            throw Refusal.invalid("Send a rule pack: {\"rules\": [...], \"thresholds\": {...}}.", null);
        }
        List<RuleSpec> specs;
        Thresholds thresholds;
        NormaliserTables tables;
        try {
            specs = RulePack.read(pack);
            thresholds = RulePack.readThresholdsAndPolicies(pack, stored.thresholds());
            tables = NormaliserTables.fromJson(pack.get("tables"), stored.tables());
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), e.field());
        }
        checks.requireAllExamplesPass(specs, tables);
        String name = pack.path("name").asText("");
        RuleSetVersion v = admin.replace(specs, thresholds, tables, actor,
                RuleAdminService.noteOr(note, "imported " + (name.isBlank() ? "a rule pack" : name) + " (" + specs.size() + " rules)"),
                RuleAdminService.Blame.WHOLE_PACK, stored.version(), "imported " + specs.size() + " rules");
        return new VersionView(v.id, v.createdAt, v.actor, v.note, false);
    }

    private static RuleSetVersion versionRow(long id) {
        return RuleSetVersion.<RuleSetVersion>findByIdOptional(id)
                .orElseThrow(() -> Refusal.notFound("There is no rule-set version " + id + "."));
    }
}
