package org.parley.filter;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A rule's own test texts, kept with its parameters as {@code "examples": {"match": [..], "noMatch": [..]}}: texts
 * the rule must hit and texts it must leave alone. They document the rule and guard later edits; they take no
 * part in matching, so the compiler drops them before it builds the matcher.
 */
public record RuleExamples(List<String> match, List<String> noMatch) {

    public static final String KEY = "examples";
    public static final int MAX_PER_LIST = 50;
    public static final int MAX_LENGTH = 2_000;

    public static final RuleExamples NONE = new RuleExamples(List.of(), List.of());

    public RuleExamples {
        match = List.copyOf(match);
        noMatch = List.copyOf(noMatch);
    }

    public boolean isEmpty() {
        return match.isEmpty() && noMatch.isEmpty();
    }

    /**
     * The examples among a rule's parameters, none when it has none.
     *
     * @throws InvalidRuleException (field {@code examples}) when they are not two lists of short texts
     */
    public static RuleExamples of(JsonNode params) {
        JsonNode node = params == null ? null : params.get(KEY);
        if (node == null || node.isNull()) {
            return NONE;
        }
        if (!node.isObject()) {
            throw new InvalidRuleException("examples must be {\"match\": [...], \"noMatch\": [...]}", KEY, null);
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!k.equals("match") && !k.equals("noMatch")) {
                throw new InvalidRuleException("examples have match and noMatch, not " + k, KEY, null);
            }
        });
        return new RuleExamples(texts(node.get("match"), "match"), texts(node.get("noMatch"), "noMatch"));
    }

    /** The parameters without the examples: what the matcher is built from. */
    public static JsonNode withoutExamples(JsonNode params) {
        if (params == null || !params.isObject() || !params.has(KEY)) {
            return params;
        }
        ObjectNode copy = ((ObjectNode) params).deepCopy();
        copy.remove(KEY);
        return copy;
    }

    /** The parameters without an empty or null {@code examples}: a rule without examples stores none. */
    public static JsonNode tidy(JsonNode params) {
        if (params == null || !params.isObject() || !params.has(KEY)) {
            return params;
        }
        JsonNode node = params.get(KEY);
        // Anything else (a text instead of a list, an unknown key) stays, for validation to refuse by name.
        boolean empty = node.isNull() || (node.isObject() && !node.path("match").isValueNode()
                && !node.path("noMatch").isValueNode() && node.path("match").isEmpty()
                && node.path("noMatch").isEmpty()
                && node.size() == (node.has("match") ? 1 : 0) + (node.has("noMatch") ? 1 : 0));
        return empty ? withoutExamples(params) : params;
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        match.forEach(node.putArray("match")::add);
        noMatch.forEach(node.putArray("noMatch")::add);
        return node;
    }

    private static List<String> texts(JsonNode list, String name) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidRuleException("examples." + name + " must be a list of texts", KEY, null);
        }
        if (list.size() > MAX_PER_LIST) {
            throw new InvalidRuleException("examples." + name + " can hold at most " + MAX_PER_LIST + " texts", KEY,
                    null);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode text : list) {
            if (!text.isTextual() || text.asText().isBlank()) {
                throw new InvalidRuleException("examples." + name + " must hold texts that are not empty", KEY, null);
            }
            if (text.asText().length() > MAX_LENGTH) {
                throw new InvalidRuleException("an example can be at most " + MAX_LENGTH + " characters", KEY, null);
            }
            texts.add(text.asText());
        }
        return texts;
    }
}
