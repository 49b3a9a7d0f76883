package org.parley.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The filter as the rest of Parley sees it: judge a submission against the rules in force. The compiled rule
 * set is built off the request path and swapped atomically, so a judgement never waits for a rebuild.
 */
@ApplicationScoped
public class FilterService {

    /** Observers that need rules (demo content, say) run after this priority. */
    public static final int STARTUP_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(FilterService.class);
    private static final String DEFAULT_PACK = "filter/default-rules.json";

    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>(CompiledRuleSet.EMPTY);

    @Inject
    FilterConfig config;

    @Inject
    ObjectMapper json;

    private FilterEngine engine;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        engine = new FilterEngine(config.holdAt(), config.rejectAt());
        seedDefaultPack();
        reload();
    }

    /** Judges one submission with the rules in force now. */
    public Verdict evaluate(Submission submission) {
        return engine.evaluate(current.get(), submission);
    }

    /** Rebuilds the compiled rule set from the stored rules and puts it in force. */
    @Transactional
    public void reload() {
        List<CompiledRule> compiled = new ArrayList<>();
        long version = 0;
        for (FilterRule rule : FilterRule.listInOrder()) {
            version = Math.max(version, rule.updatedAt.toEpochMilli());
            try {
                compiled.add(RuleCompiler.compile(toSpec(rule)));
            } catch (RuntimeException e) {
                // Saved rules are validated on the way in; one that no longer compiles is skipped, loudly.
                LOG.errorf("skipping filter rule that does not compile: %s", e.getMessage());
            }
        }
        current.set(new CompiledRuleSet(List.copyOf(compiled), version));
        LOG.infof("filter: %d rules in force", compiled.size());
    }

    /** The rule set in force, for tools that judge many texts at once. */
    public CompiledRuleSet ruleSet() {
        return current.get();
    }

    @Transactional
    void seedDefaultPack() {
        if (FilterRule.count() > 0) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFAULT_PACK)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_PACK + " is missing from the application");
            }
            Instant now = Instant.now();
            for (JsonNode node : json.readTree(in).path("rules")) {
                FilterRule rule = new FilterRule();
                rule.name = node.path("name").asText();
                rule.description = node.path("description").asText("");
                rule.type = RuleType.valueOf(node.path("type").asText());
                rule.category = Category.parse(node.path("category").asText());
                rule.score = node.path("score").asInt();
                rule.enabled = node.path("enabled").asBoolean(true);
                rule.mode = RuleMode.valueOf(node.path("mode").asText("ENFORCE"));
                rule.params = node.has("params") ? json.writeValueAsString(node.get("params")) : "{}";
                rule.version = 1;
                rule.createdAt = now;
                rule.updatedAt = now;
                RuleCompiler.compile(toSpec(rule));
                rule.persist();
            }
            LOG.infof("filter: loaded the default rule pack (%d rules)", FilterRule.count());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default rule pack", e);
        }
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
}
