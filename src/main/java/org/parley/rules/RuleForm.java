package org.parley.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.parley.filter.Policy;
import org.parley.filter.RuleExamples;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rule editor's form, exactly as typed (so that a refused save shows it again unchanged), and its translation
 * to and from a rule object of the API. Term lists are edited as lines: {@code term}, {@code term | prefix},
 * {@code term | substring | except: scunthorpe, penistone}.
 */
public record RuleForm(String id, String original, String name, String description, String type, String category,
        String score, String mode, String policy, boolean enabled, String terms, String match, String exceptions, String field,
        String pattern, String on, String requires, String requiresAlso, String params, String examplesMatch,
        String examplesNoMatch, String note) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What each type's parameters look like, shown next to the JSON field of the types without a form of their own. */
    public static final Map<String, String> SHAPES = Map.of(
            "LINKS", "{\"allowed\": 0, \"kind\": \"ANY | SHORTENER | DENIED\", \"allow\": [\"example.org\"], "
                    + "\"deny\": [\"spam.example\"], \"field\": \"text\"}",
            "CONTACT", "{\"kinds\": [\"PHONE\", \"EMAIL\", \"HANDLE\", \"MONEY\", \"CRYPTO\"]}",
            "SHOUTING", "{\"minLetters\": 20, \"ratio\": 0.7}",
            "REPETITION", "{\"maxCharRun\": 6, \"maxWordRun\": 4, \"mash\": true}",
            "GIBBERISH", "{\"minLetters\": 6, \"minRareShare\": 0.6, \"minTextShare\": 0.5}",
            "RELEVANCE", "{\"minWords\": 10, \"minCosine\": 0.008, \"minShared\": 2}",
            "DUPLICATE", "{\"window\": \"PT10M\", \"copies\": 3}",
            "COMBINATION", "{\"all\": [\"rule-a\"], \"any\": [\"rule-b\", \"rule-c\"], \"none\": [\"rule-d\"]} "
                    + "(names of rules listed before this one)");

    /** A form field the editor could not read, with what to say next to it. */
    public static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static RuleForm blank(String type) {
        String t = type == null || type.isBlank() ? "TERMS" : type.strip().toUpperCase(Locale.ROOT);
        return new RuleForm("", "", "", "", t, "abusive", "5", "ENFORCE", "", true, "", "WORD", "", "", "", "", "", "",
                "", "", "", "");
    }

    public static RuleForm from(MultivaluedMap<String, String> f) {
        return new RuleForm(v(f, "id"), v(f, "original"), v(f, "name"), v(f, "description"), v(f, "type"),
                v(f, "category"), v(f, "score"), v(f, "mode"), v(f, "policy"), "true".equals(f.getFirst("enabled")),
                v(f, "terms"),
                v(f, "match"), v(f, "exceptions"), v(f, "field"), v(f, "pattern"), v(f, "on"), v(f, "requires"),
                v(f, "requiresAlso"), v(f, "params"), v(f, "examplesMatch"), v(f, "examplesNoMatch"), v(f, "note"));
    }

    /** The form of a stored rule. */
    public static RuleForm of(RuleSpec spec, ObjectMapper json) {
        JsonNode p = spec.params() == null ? NODES.objectNode() : spec.params();
        RuleExamples examples = RuleExamples.of(p);
        String terms = "";
        String params = "";
        if (spec.type() == RuleType.TERMS) {
            List<String> lines = new ArrayList<>();
            for (JsonNode t : p.path("terms")) {
                lines.add(termLine(t));
            }
            terms = String.join("\n", lines);
        } else if (spec.type() != RuleType.REGEX) {
            JsonNode bare = RuleExamples.withoutExamples(p);
            try {
                params = json.writerWithDefaultPrettyPrinter().writeValueAsString(bare);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("parameters are plain JSON", e);
            }
        }
        return new RuleForm(spec.id() == null ? "" : spec.id().toString(), spec.name(), spec.name(),
                spec.description() == null ? "" : spec.description(), spec.type().name(), spec.category().key(),
                Integer.toString(spec.score()), spec.mode().name(), spec.policy() == null ? "" : spec.policy().key(),
                spec.enabled(), terms, p.path("match").asText(""),
                lines(p.path("exceptions")), p.path("field").asText(""), p.path("pattern").asText(""),
                p.path("on").asText(""), commas(p.path("requires")), commas(p.path("requiresAlso")), params,
                String.join("\n", examples.match()), String.join("\n", examples.noMatch()), "");
    }

    public boolean isNew() {
        return id.isBlank();
    }

    public String shape() {
        return SHAPES.getOrDefault(type, "{}");
    }

    public List<String> types() {
        return Arrays.stream(RuleType.values()).map(Enum::name).toList();
    }

    /** The policies a rule may fall under, by key. */
    public List<String> policies() {
        return Arrays.stream(Policy.values()).map(Policy::key).toList();
    }

    /**
     * The rule object the API takes ({@code params} nested), built from what was typed.
     *
     * @throws Invalid naming the form field that cannot be read
     */
    public ObjectNode toRule(ObjectMapper json) {
        ObjectNode rule = NODES.objectNode();
        rule.put("name", name.strip());
        rule.put("description", description.strip());
        RuleType t;
        try {
            t = RuleType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("type", "Choose one of the rule types.");
        }
        rule.put("type", t.name());
        rule.put("category", category.strip());
        try {
            rule.put("score", Integer.parseInt(score.strip()));
        } catch (NumberFormatException e) {
            throw new Invalid("score", "The score must be a whole number from -100 to 100.");
        }
        rule.put("enabled", enabled);
        rule.put("mode", mode.isBlank() ? "ENFORCE" : mode.strip());
        // Always sent, null for none: a change that takes a rule out of its policy must clear it, not keep it.
        if (policy.isBlank()) {
            rule.putNull("policy");
        } else {
            rule.put("policy", policy.strip());
        }
        ObjectNode p = switch (t) {
            case TERMS -> termsParams();
            case REGEX -> regexParams();
            default -> jsonParams(json);
        };
        ObjectNode ex = NODES.objectNode();
        List<String> must = nonBlankLines(examplesMatch);
        List<String> mustNot = nonBlankLines(examplesNoMatch);
        // Always sent, empty when none: a change without examples must clear the old ones, not keep them.
        if (!must.isEmpty() || !mustNot.isEmpty()) {
            must.forEach(ex.putArray("match")::add);
            mustNot.forEach(ex.putArray("noMatch")::add);
        }
        p.set(RuleExamples.KEY, ex);
        rule.set("params", p);
        return rule;
    }

    private ObjectNode termsParams() {
        ObjectNode p = NODES.objectNode();
        ArrayNode list = p.putArray("terms");
        int n = 0;
        for (String line : terms.split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            list.add(term(line, n));
        }
        if (!match.isBlank()) {
            p.put("match", match.strip());
        }
        List<String> ex = nonBlankLines(exceptions);
        if (!ex.isEmpty()) {
            ex.forEach(p.putArray("exceptions")::add);
        }
        if (!field.isBlank()) {
            p.put("field", field.strip());
        }
        return p;
    }

    /** {@code term | prefix | except: a, b} as the engine's term object; a bare term stays a string. */
    static JsonNode term(String line, int n) {
        String[] parts = line.split("\\|");
        String term = parts[0].strip();
        if (term.isEmpty()) {
            throw new Invalid("terms", "Line " + n + ": the term is missing before \"|\".");
        }
        String termMatch = null;
        List<String> except = new ArrayList<>();
        List<String> near = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            String lower = option.toLowerCase(Locale.ROOT);
            if (lower.equals("word") || lower.equals("prefix") || lower.equals("substring")) {
                termMatch = lower.toUpperCase(Locale.ROOT);
            } else if (lower.startsWith("except:")) {
                except.addAll(splitCommas(option.substring("except:".length())));
            } else if (lower.startsWith("unless near:")) {
                near.addAll(splitCommas(option.substring("unless near:".length())));
            } else if (!option.isEmpty()) {
                throw new Invalid("terms", "Line " + n + " (" + term + "): unknown option \"" + option
                        + "\"; use word, prefix, substring, except: a, b or unless near: c, d.");
            }
        }
        if (termMatch == null && except.isEmpty() && near.isEmpty()) {
            return NODES.textNode(term);
        }
        ObjectNode o = NODES.objectNode().put("term", term);
        if (termMatch != null) {
            o.put("match", termMatch);
        }
        if (!except.isEmpty()) {
            except.forEach(o.putArray("exceptions")::add);
        }
        if (!near.isEmpty()) {
            near.forEach(o.putArray("unlessNear")::add);
        }
        return o;
    }

    static String termLine(JsonNode t) {
        if (t.isTextual()) {
            return t.asText();
        }
        StringBuilder line = new StringBuilder(t.path("term").asText());
        if (t.hasNonNull("match")) {
            line.append(" | ").append(t.get("match").asText().toLowerCase(Locale.ROOT));
        }
        if (t.path("exceptions").size() > 0) {
            line.append(" | except: ").append(commas(t.get("exceptions")));
        }
        if (t.path("unlessNear").size() > 0) {
            line.append(" | unless near: ").append(commas(t.get("unlessNear")));
        }
        return line.toString();
    }

    private ObjectNode regexParams() {
        ObjectNode p = NODES.objectNode();
        p.put("pattern", pattern);
        if (!on.isBlank()) {
            p.put("on", on.strip());
        }
        if (!field.isBlank()) {
            p.put("field", field.strip());
        }
        List<String> words = splitCommas(requires);
        if (!words.isEmpty()) {
            words.forEach(p.putArray("requires")::add);
        }
        List<String> also = splitCommas(requiresAlso);
        if (!also.isEmpty()) {
            also.forEach(p.putArray("requiresAlso")::add);
        }
        return p;
    }

    private ObjectNode jsonParams(ObjectMapper json) {
        if (params.isBlank()) {
            return NODES.objectNode();
        }
        try {
            JsonNode node = json.readTree(params);
            if (node == null || !node.isObject()) {
                throw new Invalid("params", "The parameters must be a JSON object: {...}.");
            }
            ObjectNode p = (ObjectNode) node;
            p.remove(RuleExamples.KEY);
            return p;
        } catch (JsonProcessingException e) {
            throw new Invalid("params", "That is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    }

    private static List<String> splitCommas(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lines(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return String.join("\n", out);
    }

    private static String commas(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return String.join(", ", out);
    }

    private static String v(MultivaluedMap<String, String> f, String key) {
        String value = f.getFirst(key);
        return value == null ? "" : value;
    }
}
