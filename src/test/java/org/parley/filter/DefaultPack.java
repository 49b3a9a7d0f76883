package org.parley.filter;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped default rule pack, compiled as the service does it, for tests that judge texts with it. */
final class DefaultPack {

    static final Normaliser NORMALISER = Normaliser.defaults();
    static final CompiledRuleSet RULES = new CompiledRuleSet(RulePack.defaults(new ObjectMapper()).stream()
            .map(new RuleCompiler(NORMALISER)::compileRule).toList(), Thresholds.uniform(5, 10), 1, NORMALISER);
    static final FilterEngine ENGINE = new FilterEngine(10_000);

    private DefaultPack() {
    }

    static Verdict judge(String text) {
        return ENGINE.evaluate(RULES, Submission.of(text));
    }
}
