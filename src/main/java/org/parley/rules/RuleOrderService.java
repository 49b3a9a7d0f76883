package org.parley.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.rules.CombinationRule;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RuleSetStore;
import org.parley.filter.ruleset.RuleSetVersion;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The order of the rules: put in an order given whole, one rule moved to a place or one step up or down. The
 * order matters (a combination must come after every rule it names), and each change of it is a new version of
 * the rule set, audited like any other change.
 */
@ApplicationScoped
public class RuleOrderService {

    @Inject
    FilterService filter;

    @Inject
    RuleAdminService admin;

    /** The rules' order after a change of it (or after a request that changed nothing): version and rule ids. */
    public record Order(long ruleSetVersion, List<Long> order) {
    }

    /**
     * Puts the rules in the order {@code body.order} gives: every current rule id exactly once. A combination must
     * still come after every rule it names (409 otherwise); the same order as now stores nothing.
     */
    @Transactional
    public Order reorder(String actor, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        JsonNode order = body == null || !body.isObject() ? null : body.get("order");
        if (order == null || !order.isArray()) {
            throw Refusal.invalid("Send the new order as {\"order\": [rule ids]}: every rule id once, "
                    + "first rule first.", "order");
        }
        Map<Long, RuleSpec> byId = new LinkedHashMap<>();
        stored.rules().forEach(r -> byId.put(r.id(), r));
        List<Long> ids = new ArrayList<>();
        Set<Long> unknown = new LinkedHashSet<>();
        Set<Long> repeated = new LinkedHashSet<>();
        for (JsonNode item : order) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw Refusal.invalid("The order lists rule ids (whole numbers); " + item + " is not one.",
                        "order");
            }
            long id = item.asLong();
            if (!byId.containsKey(id)) {
                unknown.add(id);
            } else if (ids.contains(id)) {
                repeated.add(id);
            } else {
                ids.add(id);
            }
        }
        List<String> missing = byId.values().stream().filter(r -> !ids.contains(r.id()))
                .map(r -> r.id() + " (" + r.name() + ")").toList();
        List<String> faults = new ArrayList<>();
        if (!unknown.isEmpty()) {
            faults.add("there is no rule " + join(unknown));
        }
        if (!repeated.isEmpty()) {
            faults.add("listed more than once: " + join(repeated));
        }
        if (!missing.isEmpty()) {
            faults.add("left out: " + String.join(", ", missing));
        }
        if (!faults.isEmpty()) {
            throw Refusal.invalid("The order must list every rule id exactly once ("
                    + String.join("; ", faults) + ").", "order");
        }
        return putInOrder(actor, stored, ids.stream().map(byId::get).toList(), RuleAdminService.note(body, note));
    }

    /**
     * Moves one rule: to {@code position} (its 0-based place afterwards), or {@code before} / {@code after}
     * another rule (by id). Exactly one of the three; nothing is clamped.
     */
    @Transactional
    public Order move(String actor, long id, JsonNode body, String note) {
        RuleSetStore.Stored stored = filter.editable();
        List<RuleSpec> rules = stored.rules();
        int from = RuleAdminService.indexOf(rules, id);
        List<String> given = body == null || !body.isObject() ? List.of()
                : Stream.of("position", "before", "after").filter(body::has).toList();
        if (given.size() != 1) {
            throw Refusal.invalid("Say where the rule goes: {\"position\": n} (from 0), "
                    + "{\"before\": ruleId} or {\"after\": ruleId}, exactly one of them.", null);
        }
        String key = given.get(0);
        JsonNode value = body.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw Refusal.invalid(key + " must be a whole number.", key);
        }
        int to;
        if (key.equals("position")) {
            long position = value.asLong();
            if (position < 0 || position >= rules.size()) {
                throw Refusal.invalid("position must be from 0 to " + (rules.size() - 1) + " (there are "
                        + rules.size() + " rules).", key);
            }
            to = (int) position;
        } else {
            long other = value.asLong();
            if (other == id) {
                throw Refusal.invalid(key + " names the rule being moved; name another rule.", key);
            }
            int at = -1;
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).id() == other) {
                    at = i;
                }
            }
            if (at < 0) {
                throw Refusal.invalid("There is no rule " + other + ".", key);
            }
            // The place among the other rules, which is the rule's place afterwards.
            int among = at > from ? at - 1 : at;
            to = key.equals("before") ? among : among + 1;
        }
        return putInOrder(actor, stored, moved(rules, from, to), RuleAdminService.note(body, note));
    }

    /** Moves one rule one place up ({@code -1}) or down ({@code 1}): the rules editor's buttons. */
    @Transactional
    public Order moveBy(String actor, long id, int step) {
        RuleSetStore.Stored stored = filter.editable();
        List<RuleSpec> rules = stored.rules();
        int from = RuleAdminService.indexOf(rules, id);
        int to = from + step;
        if (to < 0 || to >= rules.size()) {
            throw Refusal.invalid(rules.get(from).name() + " is already the " + (step < 0 ? "first" : "last")
                    + " rule.", "position");
        }
        return putInOrder(actor, stored, moved(rules, from, to), null);
    }

    private Order putInOrder(String actor, RuleSetStore.Stored stored, List<RuleSpec> next, String note) {
        List<Long> ids = next.stream().map(RuleSpec::id).toList();
        if (ids.equals(stored.rules().stream().map(RuleSpec::id).toList())) {
            return new Order(stored.version(), ids);
        }
        requireCombinationsAfterTheirRules(next);
        List<String> moves = moves(stored.rules(), next);
        String generated = moves.size() == 1 ? moves.get(0) : "rules reordered (" + moves.size() + " moved)";
        RuleSetVersion version = admin.replace(next, stored.thresholds(), stored.tables(), actor,
                RuleAdminService.noteOr(note, generated), RuleAdminService.Blame.NO_RULE, stored.version(), "rules reordered: " + String.join("; ", moves));
        return new Order(version.id, ids);
    }

    private static List<RuleSpec> moved(List<RuleSpec> rules, int from, int to) {
        List<RuleSpec> next = new ArrayList<>(rules);
        next.add(to, next.remove(from));
        return next;
    }

    /**
     * Refuses (409) an order that puts a combination before a rule it names, naming both; the same check as the
     * filter's, made here to say it in terms of the order.
     */
    private static void requireCombinationsAfterTheirRules(List<RuleSpec> rules) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            place.put(rules.get(i).name(), i);
        }
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec r = rules.get(i);
            if (r.type() != RuleType.COMBINATION || r.params() == null) {
                continue;
            }
            for (String name : CombinationRule.namesIn(r.params())) {
                Integer at = place.get(name);
                if (at != null && at > i) {
                    faults.add("the combination " + r.name() + " would come before " + name + ", which it names");
                }
            }
        }
        if (!faults.isEmpty()) {
            throw Refusal.conflict("That order is refused: " + String.join("; ", faults)
                    + ". A combination must come after every rule it names.", null);
        }
    }

    /** What moved, as few rules as explain the new order ("rule X moved from 3 to 0"). */
    private static List<String> moves(List<RuleSpec> before, List<RuleSpec> after) {
        List<Long> was = before.stream().map(RuleSpec::id).toList();
        List<Long> now = after.stream().map(RuleSpec::id).toList();
        Set<Long> moved = RuleSetDiff.moved(was, now);
        List<String> moves = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (moved.contains(now.get(i))) {
                moves.add("rule " + after.get(i).name() + " moved from " + was.indexOf(now.get(i)) + " to " + i);
            }
        }
        return moves;
    }

    private static String join(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
