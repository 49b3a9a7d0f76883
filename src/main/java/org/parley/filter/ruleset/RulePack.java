package org.parley.filter.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.Policy;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Thresholds;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A rule set as a JSON document ({@code {"rules": [...], "thresholds": {...}, "policies": {...}}}), the shape of
 * the default pack, of exports and imports, and of the snapshots kept for each rule-set version.
 *
 * <p>A rule's type-specific parameters may stand under {@code params} (as in the pack) or directly in the rule
 * object next to its name (as API clients find natural: {@code "terms": [...]}); both read the same.
 */
public final class RulePack {

    public static final String DEFAULT = "filter/default-rules.json";

    /** The keys of a rule object that are not parameters; anything else in it is a parameter. */
    public static final Set<String> RULE_KEYS = Set.of("id", "name", "description", "type", "category", "score",
            "enabled", "mode", "policy", "params", "note", "createdAt", "updatedAt", "version", "ruleSetVersion");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RulePack() {
    }

    /**
     * The rules of a pack, in order, as data.
     *
     * @throws InvalidRuleException naming the rule and the field ({@code rules[3].score}) at fault
     */
    public static List<RuleSpec> read(JsonNode pack) {
        JsonNode rules = pack == null ? null : pack.get("rules");
        if (rules == null || !rules.isArray()) {
            throw new InvalidRuleException("a rule pack needs a \"rules\" list", "rules", null);
        }
        List<RuleSpec> specs = new ArrayList<>();
        int i = 0;
        for (JsonNode node : rules) {
            try {
                specs.add(readRule(node, null));
            } catch (InvalidRuleException e) {
                throw e.within("rules[" + i + "]");
            }
            i++;
        }
        return specs;
    }

    /**
     * One rule object as data. Only its shape is checked here (types of the fields, known enum values,
     * parameters given once); whether it makes a working rule is {@link RuleCompiler}'s call.
     *
     * @param id the stored rule's id, or null
     */
    public static RuleSpec readRule(JsonNode node, Long id) {
        if (node == null || !node.isObject()) {
            throw new InvalidRuleException("a rule must be a JSON object", null, null);
        }
        String name = text(node, "name", null);
        String label = name == null || name.isBlank() ? "a rule" : name;
        RuleType type = parseEnum(node, "type", RuleType.class, null, label);
        Category category;
        try {
            category = node.hasNonNull("category") ? Category.parse(text(node, "category", null)) : null;
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(label + ": " + e.getMessage(), "category", e);
        }
        JsonNode score = node.get("score");
        if (score == null || score.isNull()) {
            throw new InvalidRuleException(label + ": a score is required", "score", null);
        }
        if (!score.canConvertToInt() || !score.canConvertToExactIntegral()) {
            throw new InvalidRuleException(label + ": the score must be a whole number", "score", null);
        }
        JsonNode enabled = node.get("enabled");
        if (enabled != null && !enabled.isNull() && !enabled.isBoolean()) {
            throw new InvalidRuleException(label + ": enabled must be true or false", "enabled", null);
        }
        RuleMode mode = parseEnum(node, "mode", RuleMode.class, RuleMode.ENFORCE, label);
        Policy policy;
        try {
            String p = text(node, "policy", null);
            policy = p == null || p.isBlank() ? null : Policy.parse(p);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(label + ": " + e.getMessage() + " (or none)", "policy", e);
        }
        return new RuleSpec(id, name, text(node, "description", ""), type, category, score.asInt(),
                enabled == null || enabled.isNull() || enabled.asBoolean(), mode, params(node, label), policy);
    }

    /** A rule as an object of the pack, its parameters under {@code params}. */
    public static ObjectNode writeRule(RuleSpec spec) {
        ObjectNode node = NODES.objectNode();
        node.put("name", spec.name());
        node.put("description", spec.description() == null ? "" : spec.description());
        node.put("type", spec.type().name());
        node.put("category", spec.category().key());
        node.put("score", spec.score());
        node.put("enabled", spec.enabled());
        node.put("mode", spec.mode().name());
        // Only rules under a policy say so, so that packs and snapshots of the others read as they always have.
        if (spec.policy() != null) {
            node.put("policy", spec.policy().key());
        }
        node.set("params", spec.params() == null || spec.params().isNull() ? NODES.objectNode() : spec.params().deepCopy());
        return node;
    }

    /** A rule as the API shows it: its parameters flattened into the rule object, next to its name. */
    public static ObjectNode writeFlat(RuleSpec spec) {
        ObjectNode node = NODES.objectNode();
        if (spec.id() != null) {
            node.put("id", spec.id());
        }
        ObjectNode nested = writeRule(spec);
        JsonNode params = nested.remove("params");
        node.setAll(nested);
        params.fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue()));
        return node;
    }

    /**
     * A whole pack: the rules in order, the thresholds, and the normaliser's tables.
     *
     * @param alwaysTables whether to write the tables when they are the shipped ones (an export, to be read
     *                     elsewhere as it is here) or only when they differ (a snapshot, which then follows the
     *                     shipped tables as Parley improves them)
     */
    public static ObjectNode write(String name, Long version, List<RuleSpec> specs, Thresholds thresholds,
            NormaliserTables tables, boolean alwaysTables) {
        ObjectNode pack = NODES.objectNode();
        pack.put("name", name);
        if (version != null) {
            pack.put("version", version);
        }
        pack.set("thresholds", writeThresholds(thresholds));
        pack.set("policies", writePolicies(thresholds));
        if (alwaysTables || !tables.isShipped()) {
            pack.set("tables", tables.toJson());
        }
        pack.set("rules", NODES.arrayNode().addAll(specs.stream().map(s -> (JsonNode) writeRule(s)).toList()));
        return pack;
    }

    /** {@code {"racist": {"hold": 5, "reject": 10}, ...}} */
    public static ObjectNode writeThresholds(Thresholds thresholds) {
        ObjectNode node = NODES.objectNode();
        for (Category c : Category.values()) {
            node.putObject(c.key()).put("hold", thresholds.hold(c)).put("reject", thresholds.reject(c));
        }
        return node;
    }

    /** {@code {"profanity": "HOLD", "reclaimable-slur": "HOLD"}}: the site's setting for each policy. */
    public static ObjectNode writePolicies(Thresholds thresholds) {
        ObjectNode node = NODES.objectNode();
        for (Policy p : Policy.values()) {
            node.put(p.key(), thresholds.policy(p).name());
        }
        return node;
    }

    /**
     * A pack's thresholds and policy settings ({@code "thresholds"} and {@code "policies"}); either left out, or
     * any part of one, keeps its value in {@code base}.
     *
     * @throws InvalidRuleException naming the field ({@code policies.profanity}) at fault
     */
    public static Thresholds readThresholdsAndPolicies(JsonNode pack, Thresholds base) {
        Thresholds thresholds = readThresholds(pack == null ? null : pack.get("thresholds"), base);
        return readPolicies(pack == null ? null : pack.get("policies"), thresholds);
    }

    /**
     * Policy settings from {@code {"profanity": "HOLD", ...}} (PUBLISH, HOLD or REJECT); a policy left out keeps
     * its setting in {@code base}.
     *
     * @throws InvalidRuleException naming the field ({@code policies.profanity}) at fault
     */
    public static Thresholds readPolicies(JsonNode node, Thresholds base) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new InvalidRuleException("policies must be an object by policy: {\"profanity\": \"HOLD\"}",
                    "policies", null);
        }
        Thresholds next = base;
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (key.equals("note") || key.equals("ruleSetVersion")) {
                continue;
            }
            Policy p;
            try {
                p = Policy.parse(key);
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException("policies: " + e.getMessage(), "policies." + key, e);
            }
            JsonNode value = node.get(key);
            Decision setting = null;
            if (value.isTextual()) {
                for (Decision d : Decision.values()) {
                    if (d.name().equalsIgnoreCase(value.asText().strip())) {
                        setting = d;
                    }
                }
            }
            if (setting == null) {
                throw new InvalidRuleException("policies: " + p.key() + " is PUBLISH, HOLD or REJECT",
                        "policies." + p.key(), null);
            }
            next = next.withPolicy(p, setting);
        }
        return next;
    }

    /**
     * Thresholds from {@code {"racist": {"hold": 5, "reject": 10}, ...}}; a category or value left out keeps its
     * value in {@code base}.
     *
     * @throws InvalidRuleException naming the field ({@code thresholds.racist.hold}) at fault
     */
    public static Thresholds readThresholds(JsonNode node, Thresholds base) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new InvalidRuleException("thresholds must be an object by category", "thresholds", null);
        }
        Map<Category, Integer> hold = new EnumMap<>(base.holdAt());
        Map<Category, Integer> reject = new EnumMap<>(base.rejectAt());
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (key.equals("note") || key.equals("ruleSetVersion")) {
                continue;
            }
            Category c;
            try {
                c = Category.parse(key);
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException("thresholds: " + e.getMessage(), "thresholds." + key, e);
            }
            JsonNode values = node.get(key);
            if (!values.isObject()) {
                throw new InvalidRuleException("thresholds: " + key + " needs {\"hold\": n, \"reject\": n}",
                        "thresholds." + key, null);
            }
            for (Iterator<String> names = values.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!name.equals("hold") && !name.equals("reject")) {
                    throw new InvalidRuleException("thresholds: " + key + " has hold and reject, not " + name,
                            "thresholds." + key + "." + name, null);
                }
                JsonNode value = values.get(name);
                if (!value.canConvertToInt() || !value.canConvertToExactIntegral()) {
                    throw new InvalidRuleException("thresholds: " + key + "." + name + " must be a whole number",
                            "thresholds." + key + "." + name, null);
                }
                (name.equals("hold") ? hold : reject).put(c, value.asInt());
            }
            if (hold.get(c) <= 0 || reject.get(c) < hold.get(c)) {
                throw new InvalidRuleException("thresholds: " + c.key() + " needs 0 < hold <= reject",
                        "thresholds." + c.key(), null);
            }
        }
        return new Thresholds(hold, reject, base.policies());
    }

    /** The default pack shipped with Parley. */
    public static List<RuleSpec> defaults(ObjectMapper json) {
        return read(defaultPack(json));
    }

    /** The default pack as the document it is. */
    public static JsonNode defaultPack(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " is missing from the application");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default rule pack", e);
        }
    }

    private static JsonNode params(JsonNode node, String label) {
        JsonNode nested = node.get("params");
        if (nested != null && !nested.isNull() && !nested.isObject()) {
            throw new InvalidRuleException(label + ": params must be a JSON object", "params", null);
        }
        ObjectNode params = nested == null || nested.isNull() ? NODES.objectNode() : ((ObjectNode) nested).deepCopy();
        boolean any = nested != null && !nested.isNull();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (RULE_KEYS.contains(e.getKey())) {
                continue;
            }
            JsonNode before = params.get(e.getKey());
            if (before != null && !before.equals(e.getValue())) {
                throw new InvalidRuleException(label + ": " + e.getKey()
                        + " is given twice, in the rule and under params, with different values", e.getKey(), null);
            }
            params.set(e.getKey(), e.getValue());
            any = true;
        }
        return any ? params : null;
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new InvalidRuleException((key.equals("name") ? "a rule" : text(node, "name", "a rule")) + ": "
                    + key + " must be a string", key, null);
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E parseEnum(JsonNode node, String key, Class<E> type, E fallback,
            String label) {
        String value = text(node, key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(label + ": " + key + " must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()), key, e);
        }
    }
}
