package org.parley.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.comments.StoredComment;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Decision;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleSpec;
import org.parley.filter.Submission;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.NormaliserTables;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Replays stored comments through a draft rule set in the background and compares: which comments the draft
 * would newly hold, reject or release than the filter did when they arrived, and how its "not publish" agrees
 * with what moderators actually did (removed = bad, published = good). Jobs live in this node's memory for an
 * hour; one runs at a time, others wait their turn.
 */
@ApplicationScoped
public class BacktestService {

    private static final Logger LOG = Logger.getLogger(BacktestService.class);
    static final int PAGE = 2_000;
    static final int SAMPLES = 10;
    public static final int MAX_COMMENTS = 1_000_000;
    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_LIMIT = 100_000;

    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    /** A comment whose decision the draft changes. */
    public record Sample(long commentId, String userName, String text, Decision before, Decision after,
            CommentStatus status) {
    }

    /** "Not publish" against moderators' decisions: positives are comments a moderator removed. */
    public record Confusion(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    public record Result(long checked, long newlyHeld, long newlyRejected, long newlyReleased, long unchanged,
            List<Sample> heldSamples, List<Sample> rejectedSamples, List<Sample> releasedSamples, Confusion draft,
            Confusion asStored) {
    }

    /** A back-test as its owner sees it; {@code done} of {@code total} while it runs. */
    public record Job(String id, String draft, String actor, int days, Instant startedAt, State state, long done,
            long total, Result result, String error, Instant finishedAt) {

        public int percent() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.QUEUED || state == State.RUNNING;
        }
    }

    private final Cache<String, Job> jobs = Caffeine.newBuilder().expireAfterWrite(1, TimeUnit.HOURS)
            .maximumSize(200).build();
    /** Drafts (by fingerprint) whose finished back-test someone has looked at: only those may be applied. */
    private final Cache<String, Instant> viewed = Caffeine.newBuilder().expireAfterWrite(1, TimeUnit.HOURS)
            .maximumSize(1000).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-backtest");
        t.setDaemon(true);
        return t;
    });

    @Inject
    FilterService filter;

    @Inject
    CommentQueueService comments;

    @Inject
    ArticleService articles;

    @Inject
    ObjectMapper json;

    Clock clock = Clock.systemUTC();

    /**
     * Starts a back-test of {@code draft} over the comments of the last {@code days} days, at most {@code limit}.
     * The draft is compiled first, so a rule that does not compile is refused before any work starts.
     */
    public Job start(String actor, List<RuleSpec> draft, int days, int limit) {
        return start(actor, draft, filter.live().tables(), days, limit);
    }

    /** Like {@link #start(String, List, int, int)}, reading texts with draft tables. */
    public Job start(String actor, List<RuleSpec> draft, NormaliserTables tables, int days, int limit) {
        if (days < 1 || days > 3650) {
            throw Refusal.invalid("Back-test between 1 and 3650 days.", "days");
        }
        if (limit < 1 || limit > MAX_COMMENTS) {
            throw Refusal.invalid("Back-test between 1 and " + MAX_COMMENTS + " comments.", "limit");
        }
        CompiledRuleSet rules;
        try {
            rules = filter.compile(draft, tables, -1);
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), "rule");
        }
        String fingerprint = fingerprint(draft, tables);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        long total = comments.countSince(since, limit);
        String id = UUID.randomUUID().toString();
        Job queued = new Job(id, fingerprint, actor, days, clock.instant(), State.QUEUED, 0, total, null, null, null);
        jobs.put(id, queued);
        // Read here, on the caller's request: the worker thread has no request context for the articles' cache.
        Map<Long, Submission.Context> contexts = articles.listNewestFirst().stream()
                .collect(Collectors.toMap(ArticleView::id, ArticleView::filterContext));
        worker.submit(() -> run(queued, rules, contexts, since, limit));
        return queued;
    }

    /** A whole draft rule set from rules in the pack's JSON format. */
    public List<RuleSpec> draftOf(List<JsonNode> rules) {
        ObjectNode pack = json.createObjectNode();
        pack.putArray("rules").addAll(rules);
        try {
            return RulePack.read(pack);
        } catch (InvalidRuleException e) {
            throw Refusal.invalid(e.getMessage(), "rules");
        }
    }

    /** The live set with {@code rule} replacing the live rule of the same name, or added at the end. */
    public List<RuleSpec> draftWith(JsonNode rule) {
        RuleSpec draft = draftOf(List.of(rule)).get(0);
        List<RuleSpec> specs = new ArrayList<>();
        boolean replaced = false;
        for (RuleSpec live : filter.liveSpecs()) {
            if (live.name().equals(draft.name())) {
                specs.add(draft);
                replaced = true;
            } else {
                specs.add(live);
            }
        }
        if (!replaced) {
            specs.add(draft);
        }
        return specs;
    }

    public java.util.Optional<Job> find(String id) {
        return java.util.Optional.ofNullable(jobs.getIfPresent(id));
    }

    /**
     * The job as someone is shown it (404 once it is no longer kept). Showing a finished back-test is what allows
     * applying its draft.
     */
    public Job show(String id) {
        Job job = find(id).orElseThrow(() -> Refusal.notFound(
                "There is no back-test " + id + " (results are kept for an hour)."));
        if (job.state() == State.DONE) {
            viewed.put(job.draft(), clock.instant());
        }
        return job;
    }

    /** Whether a back-test of exactly this draft was run to the end and looked at. */
    public boolean wasViewed(List<RuleSpec> draft) {
        return wasViewed(draft, filter.live().tables());
    }

    /** Whether a back-test of exactly these rules read with exactly these tables was run and looked at. */
    public boolean wasViewed(List<RuleSpec> draft, NormaliserTables tables) {
        return viewed.getIfPresent(fingerprint(draft, tables)) != null;
    }

    private void run(Job job, CompiledRuleSet rules, Map<Long, Submission.Context> contexts, Instant since,
            int limit) {
        jobs.put(job.id(), withState(job, State.RUNNING, 0, null, null));
        try {
            Tally tally = new Tally();
            AtomicLong done = new AtomicLong();
            comments.replay(since, limit, PAGE, page -> {
                for (StoredComment c : page) {
                    Decision after = filter.checkWith(rules, new Submission(c.text(), c.userName(),
                            contexts.get(c.articleId()))).decision();
                    tally.add(c, after);
                }
                jobs.put(job.id(), withState(job, State.RUNNING, done.addAndGet(page.size()), null, null));
            });
            jobs.put(job.id(), withState(job, State.DONE, done.get(), tally.result(), null));
        } catch (RuntimeException e) {
            LOG.error("back-test failed", e);
            jobs.put(job.id(), withState(job, State.FAILED, 0, null, "The back-test failed: " + e.getMessage()));
        }
    }

    private Job withState(Job job, State state, long done, Result result, String error) {
        boolean finished = state == State.DONE || state == State.FAILED;
        return new Job(job.id(), job.draft(), job.actor(), job.days(), job.startedAt(), state, done,
                Math.max(job.total(), done), result, error, finished ? clock.instant() : null);
    }

    String fingerprint(List<RuleSpec> draft, NormaliserTables tables) {
        try {
            byte[] bytes = json.writeValueAsBytes(List.of(draft, tables.toJson()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("rule specs are plain data and always serialise", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Counts as comments are replayed; the first few of each kind are kept as samples. */
    static final class Tally {
        long checked;
        long held;
        long rejected;
        long released;
        final List<Sample> heldSamples = new ArrayList<>();
        final List<Sample> rejectedSamples = new ArrayList<>();
        final List<Sample> releasedSamples = new ArrayList<>();
        final long[] draft = new long[4];
        final long[] stored = new long[4];

        void add(StoredComment c, Decision after) {
            checked++;
            Decision before = c.decision();
            Sample sample = new Sample(c.id(), c.userName(), c.text(), before, after, c.status());
            if (before == Decision.PUBLISH && after == Decision.HOLD) {
                held++;
                keep(heldSamples, sample);
            }
            if (before != Decision.REJECT && after == Decision.REJECT) {
                rejected++;
                keep(rejectedSamples, sample);
            }
            if (before != Decision.PUBLISH && after == Decision.PUBLISH) {
                released++;
                keep(releasedSamples, sample);
            }
            // Only comments a moderator removed or that stand published say what the right answer was.
            if (c.status() == CommentStatus.REMOVED || c.status() == CommentStatus.PUBLISHED) {
                boolean bad = c.status() == CommentStatus.REMOVED;
                count(draft, after != Decision.PUBLISH, bad);
                count(stored, before != Decision.PUBLISH, bad);
            }
        }

        private static void count(long[] m, boolean flagged, boolean bad) {
            m[flagged ? (bad ? 0 : 1) : (bad ? 2 : 3)]++;
        }

        private static void keep(List<Sample> samples, Sample s) {
            if (samples.size() < SAMPLES) {
                samples.add(s);
            }
        }

        Result result() {
            long changed = held + rejected + released;
            Function<long[], Confusion> confusion = m -> new Confusion(m[0], m[1], m[2], m[3]);
            return new Result(checked, held, rejected, released, checked - changed, List.copyOf(heldSamples),
                    List.copyOf(rejectedSamples), List.copyOf(releasedSamples), confusion.apply(draft),
                    confusion.apply(stored));
        }
    }
}
