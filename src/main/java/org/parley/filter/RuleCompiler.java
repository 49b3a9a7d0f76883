package org.parley.filter;

import org.parley.filter.rules.LinksRule;
import org.parley.filter.rules.TermsRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Builds a rule's matcher from its data: the one place that knows which class serves which rule type. */
public final class RuleCompiler {

    private static final ObjectMapper PARAMS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private RuleCompiler() {
    }

    /**
     * @throws InvalidRuleException with a message for the admin when the rule's data cannot make a matcher
     */
    public static CompiledRule compile(RuleSpec spec) {
        try {
            Rule matcher = switch (spec.type()) {
                case TERMS -> new TermsRule(params(spec.params(), TermsRule.Params.class));
                case LINKS -> new LinksRule(params(spec.params(), LinksRule.Params.class));
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
