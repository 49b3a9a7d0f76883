package org.parley.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.parley.filter.Category;
import org.parley.filter.Policy;
import org.parley.filter.RuleSpec;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.ruleset.RuleSetStore;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What changed from one rule-set version to another. Rules are matched by name (ids change when a restore
 * brings a rule back); a changed rule lists each field whose value differs, parameters by their own names; moved
 * rules are those in both whose place in the order changed (as few as explain the new order).
 */
public record RuleSetDiff(long from, long to, List<String> added, List<String> removed, List<ChangedRule> changed,
        List<String> moved, List<Change> thresholds, List<Change> tables, List<Change> policies) {

    /**
     * One field of a rule, a threshold ({@code racist.hold} and the like) or a policy setting
     * ({@code profanity}), before and after.
     */
    public record Change(String field, JsonNode from, JsonNode to) {
    }

    public record ChangedRule(String name, List<Change> fields) {
    }

    public static RuleSetDiff of(RuleSetStore.Stored a, RuleSetStore.Stored b) {
        Map<String, ObjectNode> before = byName(a.rules());
        Map<String, ObjectNode> after = byName(b.rules());
        List<String> added = after.keySet().stream().filter(n -> !before.containsKey(n)).toList();
        List<String> removed = before.keySet().stream().filter(n -> !after.containsKey(n)).toList();
        List<ChangedRule> changed = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : after.entrySet()) {
            ObjectNode old = before.get(e.getKey());
            if (old == null) {
                continue;
            }
            List<Change> fields = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            old.fieldNames().forEachRemaining(keys::add);
            e.getValue().fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode x = old.path(key).isMissingNode() ? NullNode.instance : old.get(key);
                JsonNode y = e.getValue().path(key).isMissingNode() ? NullNode.instance : e.getValue().get(key);
                if (!x.equals(y)) {
                    fields.add(new Change(key, x, y));
                }
            }
            if (!fields.isEmpty()) {
                changed.add(new ChangedRule(e.getKey(), fields));
            }
        }
        List<Change> thresholds = new ArrayList<>();
        for (Category c : Category.values()) {
            if (a.thresholds().hold(c) != b.thresholds().hold(c)) {
                thresholds.add(new Change(c.key() + ".hold", number(a.thresholds().hold(c)),
                        number(b.thresholds().hold(c))));
            }
            if (a.thresholds().reject(c) != b.thresholds().reject(c)) {
                thresholds.add(new Change(c.key() + ".reject", number(a.thresholds().reject(c)),
                        number(b.thresholds().reject(c))));
            }
        }
        List<String> kept = after.keySet().stream().filter(before::containsKey).toList();
        List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> moved = kept.stream().filter(moved(keptBefore, kept)::contains).toList();
        List<Change> policies = new ArrayList<>();
        for (Policy p : Policy.values()) {
            if (a.thresholds().policy(p) != b.thresholds().policy(p)) {
                policies.add(new Change(p.key(), TextNode.valueOf(a.thresholds().policy(p).name()),
                        TextNode.valueOf(b.thresholds().policy(p).name())));
            }
        }
        return new RuleSetDiff(a.version(), b.version(), added, removed, changed, moved, thresholds,
                tableChanges(a.tables(), b.tables()), policies);
    }

    /** Whether anything at all changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty() && thresholds.isEmpty()
                && tables.isEmpty() && policies.isEmpty();
    }

    /**
     * The items of {@code after} (the items of {@code before} in another order) that moved: those outside the
     * longest run that kept its order, so that moving one rule from 3 to 0 moves that rule, not the three it
     * passed.
     */
    static <T> Set<T> moved(List<T> before, List<T> after) {
        Map<T, Integer> was = new java.util.HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            was.put(before.get(i), i);
        }
        int n = after.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (was.get(after.get(j)) < was.get(after.get(i)) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<T> moved = new LinkedHashSet<>(after);
        for (int i = best; i >= 0; i = previous[i]) {
            moved.remove(after.get(i));
        }
        return moved;
    }

    /** Entries of the normaliser's tables added, removed or changed: {@code leet '4'}, {@code lookalikes а U+0430 ...}. */
    static List<Change> tableChanges(NormaliserTables a, NormaliserTables b) {
        ObjectNode before = a.toJson();
        ObjectNode after = b.toJson();
        List<Change> changes = new ArrayList<>();
        for (NormaliserTables.Table table : NormaliserTables.Table.values()) {
            JsonNode x = before.get(table.key());
            JsonNode y = after.get(table.key());
            Set<String> characters = new TreeSet<>();
            x.fieldNames().forEachRemaining(characters::add);
            y.fieldNames().forEachRemaining(characters::add);
            for (String c : characters) {
                JsonNode from = x.path(c).isMissingNode() ? NullNode.instance : x.get(c);
                JsonNode to = y.path(c).isMissingNode() ? NullNode.instance : y.get(c);
                if (!from.equals(to)) {
                    int codePoint = c.codePointAt(0);
                    String name = codePoint < 0x80 ? "'" + c + "'" : c + " " + NormaliserTables.describe(codePoint);
                    changes.add(new Change(table.key() + " " + name, from, to));
                }
            }
        }
        return changes;
    }

    private static Map<String, ObjectNode> byName(List<RuleSpec> rules) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        for (RuleSpec spec : rules) {
            ObjectNode flat = RulePack.writeFlat(spec);
            flat.remove("id");
            map.put(spec.name(), flat);
        }
        return map;
    }

    private static JsonNode number(int n) {
        return IntNode.valueOf(n);
    }
}
