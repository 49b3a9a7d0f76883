package org.parley.filter;

import org.parley.filter.rules.CombinationRule;
import org.parley.filter.rules.ContactRule;
import org.parley.filter.rules.DuplicateRule;
import org.parley.filter.rules.GibberishRule;
import org.parley.filter.rules.LinksRule;
import org.parley.filter.rules.RegexRule;
import org.parley.filter.rules.RelevanceRule;
import org.parley.filter.rules.RepetitionRule;
import org.parley.filter.rules.ShoutingRule;
import org.parley.filter.rules.TermsRule;
import org.parley.filter.rules.statement.StatementRule;
import org.parley.filter.text.Normaliser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Builds a rule's matcher from its data: the one place that knows which class serves which rule type. */
public final class RuleCompiler {

    private static final ObjectMapper PARAMS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new JavaTimeModule())
            .build();

    public static final int MIN_SCORE = -100;
    public static final int MAX_SCORE = 100;
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final Normaliser normaliser;

    public RuleCompiler(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** With the built-in normalisation tables. */
    public static CompiledRule compile(RuleSpec spec) {
        return new RuleCompiler(Normaliser.defaults()).compileRule(spec);
    }

    /**
     * @throws InvalidRuleException with a message for the admin when the rule's data cannot make a matcher
     */
    public CompiledRule compileRule(RuleSpec spec) {
        checkHeader(spec);
        try {
            RuleExamples.of(spec.params());
        } catch (InvalidRuleException e) {
            throw new InvalidRuleException(spec.name() + ": " + e.getMessage(), e.field(), e);
        }
        // Examples are the rule's own test texts, not matching parameters: the matcher never sees them.
        JsonNode p = RuleExamples.withoutExamples(spec.params());
        try {
            Rule matcher = switch (spec.type()) {
                case TERMS -> new TermsRule(params(p, TermsRule.Params.class), normaliser);
                case REGEX -> new RegexRule(params(p, RegexRule.Params.class), normaliser);
                case LINKS -> new LinksRule(params(p, LinksRule.Params.class));
                case CONTACT -> new ContactRule(params(p, ContactRule.Params.class));
                case SHOUTING -> new ShoutingRule(params(p, ShoutingRule.Params.class));
                case REPETITION -> new RepetitionRule(params(p, RepetitionRule.Params.class));
                case GIBBERISH -> new GibberishRule(params(p, GibberishRule.Params.class));
                case RELEVANCE -> new RelevanceRule(params(p, RelevanceRule.Params.class));
                case DUPLICATE -> new DuplicateRule(params(p, DuplicateRule.Params.class));
                case COMBINATION -> new CombinationRule(params(p, CombinationRule.Params.class));
                case STATEMENT -> new StatementRule(params(p, StatementRule.Params.class), normaliser);
            };
            return new CompiledRule(spec, matcher);
        } catch (InvalidParams e) {
            throw new InvalidRuleException(spec.name() + ": " + e.getMessage(),
                    e.field != null ? e.field : mainField(spec.type()), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(spec.name() + ": " + e.getMessage(), mainField(spec.type()), e);
        }
    }

    private static void checkHeader(RuleSpec spec) {
        String name = spec.name() == null || spec.name().isBlank() ? "a rule" : spec.name();
        if (spec.type() == null) {
            throw new InvalidRuleException(name + ": a type is required", "type", null);
        }
        if (spec.category() == null) {
            throw new InvalidRuleException(name + ": a category is required", "category", null);
        }
        if (spec.mode() == null) {
            throw new InvalidRuleException(name + ": a mode is required", "mode", null);
        }
    }

    /**
     * What a rule set put in force must also respect: a name to refer to it by, and a bounded score so that no one
     * rule outweighs any sum. (The engine itself copes without; tests and benches compile such rules.)
     */
    public static void checkLimits(RuleSpec spec) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw new InvalidRuleException("a rule needs a name", "name", null);
        }
        if (spec.name().length() > MAX_NAME_LENGTH || !spec.name().equals(spec.name().strip())) {
            throw new InvalidRuleException(spec.name() + ": a name has at most " + MAX_NAME_LENGTH
                    + " characters and no spaces around it", "name", null);
        }
        if (spec.description() != null && spec.description().length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidRuleException(spec.name() + ": a description has at most " + MAX_DESCRIPTION_LENGTH
                    + " characters", "description", null);
        }
        if (spec.score() < MIN_SCORE || spec.score() > MAX_SCORE) {
            throw new InvalidRuleException(spec.name() + ": the score must be between " + MIN_SCORE + " and "
                    + MAX_SCORE, "score", null);
        }
    }

    /** The parameter an error without a more precise place most likely concerns. */
    private static String mainField(RuleType type) {
        return switch (type) {
            case TERMS -> "terms";
            case REGEX -> "pattern";
            case COMBINATION -> "all";
            case STATEMENT -> "groups";
            default -> "params";
        };
    }

    private static <T> T params(JsonNode node, Class<T> type) {
        if (node != null && !node.isNull() && !node.isMissingNode() && !node.isObject()) {
            throw new InvalidParams("the parameters must be a JSON object", "params", null);
        }
        try {
            boolean absent = node == null || node.isNull() || node.isMissingNode();
            return PARAMS.treeToValue(absent ? PARAMS.createObjectNode() : node, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(0).getFieldName() : null;
            throw new InvalidParams(cause == e ? e.getOriginalMessage() : cause.getMessage(), field, e);
        }
    }

    /** A parameter error that knows which parameter, when Jackson could tell. */
    private static final class InvalidParams extends IllegalArgumentException {
        final String field;

        InvalidParams(String message, String field, Throwable cause) {
            super(message, cause);
            this.field = field;
        }
    }
}
