package org.parley.filter;

import org.parley.filter.rules.CombinationRule;
import org.parley.filter.rules.ContactRule;
import org.parley.filter.rules.DuplicateRule;
import org.parley.filter.rules.LinksRule;
import org.parley.filter.rules.RegexRule;
import org.parley.filter.rules.RelevanceRule;
import org.parley.filter.rules.RepetitionRule;
import org.parley.filter.rules.ShoutingRule;
import org.parley.filter.rules.TermsRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
        if (spec.type() == null || spec.category() == null || spec.mode() == null) {
            throw new InvalidRuleException(spec.name() + ": type, category and mode are required", null);
        }
        try {
            Rule matcher = switch (spec.type()) {
                case TERMS -> new TermsRule(params(spec.params(), TermsRule.Params.class), normaliser);
                case REGEX -> new RegexRule(params(spec.params(), RegexRule.Params.class), normaliser);
                case LINKS -> new LinksRule(params(spec.params(), LinksRule.Params.class));
                case CONTACT -> new ContactRule(params(spec.params(), ContactRule.Params.class));
                case SHOUTING -> new ShoutingRule(params(spec.params(), ShoutingRule.Params.class));
                case REPETITION -> new RepetitionRule(params(spec.params(), RepetitionRule.Params.class));
                case RELEVANCE -> new RelevanceRule(params(spec.params(), RelevanceRule.Params.class));
                case DUPLICATE -> new DuplicateRule(params(spec.params(), DuplicateRule.Params.class));
                case COMBINATION -> new CombinationRule(params(spec.params(), CombinationRule.Params.class));
            };
            return new CompiledRule(spec, matcher);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static <T> T params(JsonNode node, Class<T> type) {
        try {
            boolean absent = node == null || node.isNull() || node.isMissingNode();
            return PARAMS.treeToValue(absent ? PARAMS.createObjectNode() : node, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(cause == e ? e.getOriginalMessage() : cause.getMessage(), e);
        }
    }
}
