package org.parley.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.parley.filter.RuleExamples;
import org.parley.filter.RuleSpec;
import org.parley.filter.ruleset.RulePack;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change to one rule as admins send it: the fields given replace the rule's, the others keep their values, and
 * the type's parameters (in the rule object or under {@code params}) are replaced as a whole when any is given;
 * the rule's examples stay unless the change gives them too, as new terms are no reason to lose them.
 *
 * @param fields the rule's fields as the rule pack spells them, possibly with {@code note}
 */
public record RulePatch(ObjectNode fields) {

    /** The change {@code body} asks for, refused unless it is a JSON object. */
    public static RulePatch of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("Send the rule as a JSON object.", null);
        }
        return new RulePatch((ObjectNode) body);
    }

    /** Switches a rule on or off, and nothing else. */
    public static RulePatch enabled(boolean on) {
        return new RulePatch(JsonNodeFactory.instance.objectNode().put("enabled", on));
    }

    /** The note the change carries, or {@code fallback}. */
    public String note(String fallback) {
        return RuleAdminService.note(fields, fallback);
    }

    /** The rule {@code before} with this change made, in the rule pack's flat form, for the pack to read. */
    ObjectNode applyTo(RuleSpec before) {
        ObjectNode merged = RulePack.writeFlat(before);
        boolean newParams = fields.has("params") || names(fields.fieldNames()).stream()
                .anyMatch(k -> !RulePack.RULE_KEYS.contains(k));
        if (newParams) {
            JsonNode examples = merged.get(RuleExamples.KEY);
            names(merged.fieldNames()).stream().filter(k -> !RulePack.RULE_KEYS.contains(k)).forEach(merged::remove);
            if (examples != null && !fields.has(RuleExamples.KEY) && !fields.path("params").has(RuleExamples.KEY)) {
                if (!fields.has("params")) {
                    merged.set(RuleExamples.KEY, examples);
                } else if (fields.get("params").isObject()) {
                    ObjectNode params = ((ObjectNode) fields.get("params")).deepCopy();
                    params.set(RuleExamples.KEY, examples);
                    merged.set("params", params);
                }
            }
        }
        fields.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("params") || !merged.has("params")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** A copy, as the walk removes fields while it goes. */
    private static List<String> names(Iterator<String> it) {
        List<String> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
