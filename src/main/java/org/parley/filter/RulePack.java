package org.parley.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A rule set as a JSON document ({@code {"rules": [...]}}), the shape of the default pack and of exports. */
public final class RulePack {

    public static final String DEFAULT = "filter/default-rules.json";

    private RulePack() {
    }

    /** The rules of a pack, in order, as data. */
    public static List<RuleSpec> read(JsonNode pack) {
        List<RuleSpec> specs = new ArrayList<>();
        for (JsonNode node : pack.path("rules")) {
            try {
                specs.add(new RuleSpec(null, node.path("name").asText(), node.path("description").asText(""),
                        RuleType.valueOf(node.path("type").asText()), Category.parse(node.path("category").asText()),
                        node.path("score").asInt(), node.path("enabled").asBoolean(true),
                        RuleMode.valueOf(node.path("mode").asText("ENFORCE")),
                        node.has("params") ? node.get("params") : null));
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException(node.path("name").asText("a rule") + ": " + e.getMessage(), e);
            }
        }
        return specs;
    }

    /** The default pack shipped with Parley. */
    public static List<RuleSpec> defaults(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " is missing from the application");
            }
            return read(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default rule pack", e);
        }
    }
}
