package org.parley.filter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.parley.filter.rules.CombinationRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.StartupEvent;

/**
 * The filter as the rest of Parley sees it: judge a submission against the rules in force. The compiled rule
 * set is built off the request path and swapped atomically, so a judgement never waits for a rebuild; what a
 * judgement needs beyond the text (recent copies, the article's word weights) is kept here too.
 */
@ApplicationScoped
public class FilterService {

    /** Observers that need rules (demo content, say) run after this priority. */
    public static final int STARTUP_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(FilterService.class);

    private final Normaliser normaliser = Normaliser.defaults();
    private final RuleCompiler compiler = new RuleCompiler(normaliser);
    private final RecentTexts recent = new RecentTexts(Clock.systemUTC());
    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>();
    private final AtomicReference<RelevanceModel> relevance = new AtomicReference<>(RelevanceModel.empty());
    private final Cache<String, RelevanceModel.DocumentVector> documents = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterAccess(1, TimeUnit.DAYS).build();

    @Inject
    FilterConfig config;

    @Inject
    ObjectMapper json;

    private FilterEngine engine;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        engine = new FilterEngine(normaliser, config.ruleBudgetMillis());
        current.set(CompiledRuleSet.empty(thresholds()));
        seedDefaultPack();
        reload();
    }

    /** Judges a submission that is really arriving: it also counts towards spotting copies of it. */
    public Verdict evaluate(Submission submission) {
        recent.record(submission.text());
        return engine.evaluate(current.get(), submission, signals(submission));
    }

    /** Judges a text without counting it as a submission (checks, test benches, back-tests). */
    public Verdict check(Submission submission) {
        return engine.evaluate(current.get(), submission, signals(submission));
    }

    /** What each live rule is for, by name, so a verdict's hits can be explained to the people who read them. */
    public Map<String, String> ruleDescriptions() {
        Map<String, String> descriptions = new HashMap<>();
        for (CompiledRule rule : current.get().rules()) {
            descriptions.put(rule.spec().name(), rule.spec().description() == null ? "" : rule.spec().description());
        }
        return descriptions;
    }

    /** The documents comments respond to (the site's articles), for judging relevance. */
    public void useDocuments(Collection<Submission.Context> all) {
        relevance.set(RelevanceModel.of(all, normaliser));
        documents.invalidateAll();
    }

    /** Rebuilds the compiled rule set from the stored rules and puts it in force. */
    @Transactional
    public void reload() {
        List<RuleSpec> specs = new ArrayList<>();
        long version = 0;
        for (FilterRule rule : FilterRule.listInOrder()) {
            version = Math.max(version, rule.updatedAt.toEpochMilli());
            try {
                specs.add(toSpec(rule));
            } catch (RuntimeException e) {
                LOG.errorf("skipping filter rule with unreadable parameters: %s", e.getMessage());
            }
        }
        current.set(compileLenient(specs, version));
        LOG.infof("filter: %d rules in force", current.get().rules().size());
    }

    /**
     * Compiles a whole rule set, refusing it if any rule does not compile or a combination names a rule that
     * does not come before it.
     *
     * @throws InvalidRuleException naming the first rule at fault
     */
    public CompiledRuleSet compile(List<RuleSpec> specs, long version) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RuleSpec spec : specs) {
            CompiledRule rule = compiler.compileRule(spec);
            checkReferences(rule, names);
            if (!names.add(spec.name())) {
                throw new InvalidRuleException(spec.name() + ": another rule has the same name", null);
            }
            compiled.add(rule);
        }
        return new CompiledRuleSet(List.copyOf(compiled), thresholds(), version);
    }

    private CompiledRuleSet compileLenient(List<RuleSpec> specs, long version) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RuleSpec spec : specs) {
            try {
                CompiledRule rule = compiler.compileRule(spec);
                checkReferences(rule, names);
                compiled.add(rule);
                names.add(spec.name());
            } catch (InvalidRuleException e) {
                // Saved rules are validated on the way in; one that no longer compiles is skipped, loudly.
                LOG.errorf("skipping filter rule that does not compile: %s", e.getMessage());
            }
        }
        return new CompiledRuleSet(List.copyOf(compiled), thresholds(), version);
    }

    private static void checkReferences(CompiledRule rule, Set<String> earlier) {
        if (rule.matcher() instanceof CombinationRule combination) {
            for (String name : combination.references()) {
                if (!earlier.contains(name)) {
                    throw new InvalidRuleException(rule.spec().name() + ": refers to \"" + name
                            + "\", which is not a rule listed before it", null);
                }
            }
        }
    }

    private Thresholds thresholds() {
        return Thresholds.uniform(config.holdAt(), config.rejectAt());
    }

    private Signals signals(Submission submission) {
        return new Signals() {
            @Override
            public int copiesWithin(Duration window) {
                return recent.countWithin(submission.text(), window);
            }

            @Override
            public Relevance relevance(NormalisedText text) {
                Submission.Context context = submission.context();
                if (context == null) {
                    return null;
                }
                RelevanceModel model = relevance.get();
                RelevanceModel.DocumentVector doc = documents.get(context.key(), k -> model.vectorOf(context, normaliser));
                return model.relevance(text, doc);
            }
        };
    }

    @Transactional
    void seedDefaultPack() {
        if (FilterRule.count() > 0) {
            return;
        }
        List<RuleSpec> specs = RulePack.defaults(json);
        compile(specs, 0);
        Instant now = Instant.now();
        for (RuleSpec spec : specs) {
            FilterRule rule = new FilterRule();
            rule.name = spec.name();
            rule.description = spec.description();
            rule.type = spec.type();
            rule.category = spec.category();
            rule.score = spec.score();
            rule.enabled = spec.enabled();
            rule.mode = spec.mode();
            rule.params = spec.params() == null ? "{}" : spec.params().toString();
            rule.version = 1;
            rule.createdAt = now;
            rule.updatedAt = now;
            rule.persist();
        }
        LOG.infof("filter: loaded the default rule pack (%d rules)", specs.size());
    }

    private RuleSpec toSpec(FilterRule rule) {
        try {
            JsonNode params = rule.params == null || rule.params.isBlank() ? null : json.readTree(rule.params);
            return new RuleSpec(rule.id, rule.name, rule.description, rule.type, rule.category, rule.score,
                    rule.enabled, rule.mode, params);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException(rule.name + ": its parameters are not valid JSON", e);
        }
    }

    /** The live rules as data, in order: the starting point of a draft. */
    public List<RuleSpec> liveSpecs() {
        return current.get().rules().stream().map(CompiledRule::spec).toList();
    }

    /**
     * Judges a text with a rule set that is not (yet) live, such as a draft being back-tested; like
     * {@link #check}, nothing is recorded.
     */
    public Verdict checkWith(CompiledRuleSet rules, Submission submission) {
        return engine.evaluate(rules, submission, signals(submission));
    }
}
