package org.parley.filter.ruleset;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.parley.filter.CompiledRule;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.FilterEngine;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.Policy;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleSpec;
import org.parley.filter.Signals;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.Verdict;
import org.parley.filter.rules.CombinationRule;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.NormaliserTables;
import org.parley.filter.text.Relevance;
import org.parley.filter.text.RelevanceModel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The filter as the rest of Parley sees it: judge a submission against the rules in force. The compiled rule
 * set is built off the request path and swapped atomically, so a judgement never waits for a rebuild; what a
 * judgement needs beyond the text (recent copies, the article's word weights) is kept here too.
 */
@ApplicationScoped
public class FilterService {

    /** Observers that need rules (demo content, say) run after this priority. */
    public static final int STARTUP_PRIORITY = 100;

    /** The actor of changes nobody made by hand (the first version). */
    public static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(FilterService.class);

    private final RecentTexts recent = new RecentTexts(Clock.systemUTC());
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>();
    /**
     * One normaliser per distinct pair of tables, so that drafts with the live tables share the live normaliser
     * (its character cache, and the articles' words read with it).
     */
    private final Cache<NormaliserTables, Normaliser> normalisers = Caffeine.newBuilder().maximumSize(8).build();
    private final AtomicReference<ArticleWords> articles = new AtomicReference<>(new ArticleWords(List.of()));

    /**
     * The site's articles, and their words as read by each normaliser in use: an article's words must be read
     * with the same tables as the comment they are compared with. Replaced whole when the articles change.
     */
    private static final class ArticleWords {
        final Collection<Submission.Context> all;
        final Cache<Normaliser, ReadArticles> byNormaliser = Caffeine.newBuilder().weakKeys().maximumSize(4).build();

        ArticleWords(Collection<Submission.Context> all) {
            this.all = all;
        }

        ReadArticles readWith(Normaliser normaliser) {
            return byNormaliser.get(normaliser, n -> new ReadArticles(RelevanceModel.of(all, n)));
        }
    }

    private record ReadArticles(RelevanceModel model, Cache<String, RelevanceModel.DocumentVector> documents) {
        ReadArticles(RelevanceModel model) {
            this(model, Caffeine.newBuilder().maximumSize(5_000).expireAfterAccess(1, TimeUnit.DAYS).build());
        }
    }

    @Inject
    FilterConfig config;

    @Inject
    ObjectMapper json;

    private FilterEngine engine;

    @Inject
    RuleSetStore store;

    @Inject
    TransactionSynchronizationRegistry transactions;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        engine = new FilterEngine(config.budgetMillis());
        current.set(CompiledRuleSet.empty(defaultThresholds()));
        QuarkusTransaction.requiringNew().run(this::ensureFirstVersion);
        reload();
    }

    /** Judges a submission that is really arriving: it also counts towards spotting copies of it. */
    public Verdict evaluate(Submission submission) {
        recent.record(submission.text());
        return judge(current.get(), submission);
    }

    /** Judges a text without counting it as a submission (checks, test benches, back-tests). */
    public Verdict check(Submission submission) {
        return judge(current.get(), submission);
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
        ArticleWords next = new ArticleWords(List.copyOf(all));
        // Read now, with the live tables, rather than on the next comment's time.
        CompiledRuleSet live = current.get();
        next.readWith(live == null ? Normaliser.defaults() : live.normaliser());
        articles.set(next);
    }

    /** The rule set in force on this node: its rules, thresholds and version. */
    public CompiledRuleSet live() {
        return current.get();
    }

    /** Rebuilds the compiled rule set from the newest stored version and puts it in force. */
    @Transactional
    public void reload() {
        store.latest(defaultThresholds()).ifPresent(stored -> {
            install(compile(stored.rules(), stored.thresholds(), stored.tables(), stored.version(), false));
            LOG.infof("filter: rule-set version %d in force, %d rules", stored.version(),
                    stored.rules().size());
        });
    }

    /**
     * Other nodes change rules too: a version newer than the one in force here is picked up within seconds. On
     * the node that made a change it is in force as soon as the change commits.
     */
    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pickUpNewerVersion() {
        if (engine == null) {
            return;
        }
        long newest = QuarkusTransaction.requiringNew().call(RuleSetVersion::latestId);
        if (newest > current.get().version()) {
            reload();
        }
    }

    /** The rule set as stored, locked for a change until the transaction ends (rules carry their row ids). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleSetStore.Stored editable() {
        return store.lockForChange(defaultThresholds());
    }

    /**
     * Replaces the whole rule set: validates it in full, stores it as a new version, and puts it in force here
     * once the transaction commits (not before: a rolled-back change must never have judged anything).
     *
     * @throws InvalidRuleException naming the rule and field at fault; nothing is stored then
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleSetVersion replace(List<RuleSpec> specs, Thresholds thresholds, NormaliserTables tables, String actor,
            String note) {
        CompiledRuleSet checked = compile(specs, thresholds, tables, 0);
        RuleSetVersion version = store.save(specs, thresholds, tables, actor, note);
        CompiledRuleSet next = checked.asVersion(version.id);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    install(next);
                }
            }
        });
        return version;
    }

    /** The thresholds and policy settings a first version starts with, from configuration. */
    public Thresholds defaultThresholds() {
        return Thresholds.uniform(config.holdAt(), config.rejectAt())
                .withPolicy(Policy.PROFANITY, config.profanityPolicy())
                .withPolicy(Policy.RECLAIMABLE_SLUR, config.reclaimableSlurPolicy());
    }

    private void install(CompiledRuleSet next) {
        // Versions only move forward, whichever of a local change and the poll for other nodes' gets here last.
        current.accumulateAndGet(next, (in, candidate) -> candidate.version() >= in.version() ? candidate : in);
    }

    /**
     * Compiles a whole rule set, refusing it if any rule does not compile or a combination names a rule that
     * does not come before it.
     *
     * @throws InvalidRuleException naming the first rule at fault
     */
    public CompiledRuleSet compile(List<RuleSpec> specs, long version) {
        CompiledRuleSet live = current.get();
        return compile(specs, live.thresholds(), live.tables(), version);
    }

    /** Like {@link #compile(List, long)}, reading texts with other tables than the live ones. */
    public CompiledRuleSet compile(List<RuleSpec> specs, NormaliserTables tables, long version) {
        return compile(specs, current.get().thresholds(), tables, version);
    }

    /**
     * @throws InvalidRuleException naming the rule (its place in the list in the field: {@code rules[3].terms})
     */
    public CompiledRuleSet compile(List<RuleSpec> specs, Thresholds thresholds, NormaliserTables tables,
            long version) {
        return compile(specs, thresholds, tables, version, true);
    }

    /**
     * Compiles the rules in order. {@code strict}: a draft, refused whole at its first fault (with the limits
     * and unique names checked too). Otherwise the stored set at start: saved rules were checked on the way in,
     * and one that no longer compiles is skipped, loudly, so that the others still guard the site.
     */
    private CompiledRuleSet compile(List<RuleSpec> specs, Thresholds thresholds, NormaliserTables tables,
            long version, boolean strict) {
        Normaliser normaliser = normaliser(tables);
        RuleCompiler compiler = new RuleCompiler(normaliser);
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (RuleSpec spec : specs) {
            try {
                if (strict) {
                    RuleCompiler.checkLimits(spec);
                }
                CompiledRule rule = compiler.compileRule(spec);
                checkReferences(rule, names);
                if (strict && names.contains(spec.name())) {
                    throw new InvalidRuleException(spec.name() + ": another rule has the same name", "name", null);
                }
                names.add(spec.name());
                compiled.add(rule);
            } catch (InvalidRuleException e) {
                if (strict) {
                    throw e.within("rules[" + i + "]");
                }
                LOG.errorf("skipping filter rule that does not compile: %s", e.getMessage());
            }
            i++;
        }
        return new CompiledRuleSet(compiled, thresholds, version, normaliser);
    }

    private Normaliser normaliser(NormaliserTables tables) {
        return normalisers.get(tables, Normaliser::of);
    }

    private static void checkReferences(CompiledRule rule, Set<String> earlier) {
        if (rule.matcher() instanceof CombinationRule combination) {
            for (String name : combination.references()) {
                if (!earlier.contains(name)) {
                    throw new InvalidRuleException(rule.spec().name() + ": refers to \"" + name
                            + "\", which is not a rule listed before it",
                            CombinationRule.listNaming(rule.spec().params(), name), null);
                }
            }
        }
    }

    private Signals signals(Submission submission, CompiledRuleSet rules) {
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
                Normaliser normaliser = rules.normaliser();
                ReadArticles read = articles.get().readWith(normaliser);
                RelevanceModel.DocumentVector doc = read.documents().get(context.key(),
                        k -> read.model().vectorOf(context, normaliser));
                return read.model().relevance(text, doc);
            }
        };
    }

    /**
     * The first start stores the default pack as version 1 (actor {@code system}); a database from before
     * versions existed gets its rules as they are as its first version.
     */
    void ensureFirstVersion() {
        if (RuleSetVersion.latestId() > 0) {
            return;
        }
        if (FilterRule.count() > 0) {
            store.save(store.rows(), defaultThresholds(), NormaliserTables.shipped(), SYSTEM,
                    "the rules as they were before versions");
            return;
        }
        List<RuleSpec> specs = RulePack.defaults(json);
        compile(specs, defaultThresholds(), NormaliserTables.shipped(), 0);
        store.save(specs, defaultThresholds(), NormaliserTables.shipped(), SYSTEM, "the default rule pack");
        LOG.infof("filter: loaded the default rule pack (%d rules)", specs.size());
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
        return judge(rules, submission);
    }

    /**
     * One evaluation per core at a time. Judging is pure CPU: more at once would finish no sooner, and a flood of
     * long hostile comments, each a few milliseconds, would take the cores from everything else, the readers
     * of the article page first. Those waiting here are parked, not spinning.
     */
    private Verdict judge(CompiledRuleSet rules, Submission submission) {
        cores.acquireUninterruptibly();
        try {
            return engine.evaluate(rules, submission, signals(submission, rules));
        } finally {
            cores.release();
        }
    }
}
