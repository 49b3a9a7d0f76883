package org.parley.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.parley.filter.Decision;
import org.parley.filter.Verdict;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The comments side of moderation: the queues moderators read and the state changes they make. Which action
 * means which change, and the audit trail, belong to the moderation feature; this service guards the state
 * machine ({@link CommentStatus#canBecome}) and tells the reader's pages when what they show has changed.
 */
@ApplicationScoped
public class CommentQueueService {

    @Inject
    ObjectMapper json;

    @Inject
    Event<CommentsChanged> changed;

    Clock clock = Clock.systemUTC();

    @Transactional
    public QueuePage queue(QueueQuery query) {
        List<ReviewComment> items = Comment.queue(query).stream().map(this::view).toList();
        return new QueuePage(items, Comment.countQueue(query), query.page(), query.pageSize());
    }

    /** How many comments each tab holds, optionally for one article. */
    @Transactional
    public Map<QueueTab, Long> counts(Long articleId) {
        return Comment.countTabs(articleId);
    }

    /** For each of these articles, how many comments it has in each state, in one query for them all. */
    @Transactional
    public Map<Long, Map<CommentStatus, Long>> countsByArticle(Collection<Long> articleIds) {
        Map<Long, Map<CommentStatus, Long>> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : Comment.countByArticleAndStatus(Set.copyOf(articleIds))) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(CommentStatus.class))
                    .put((CommentStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Transactional
    public ReviewComment find(long id) {
        return view(load(id));
    }

    /** The posting history of each name. */
    @Transactional
    public Map<String, NameHistory> historyOf(Collection<String> userNames) {
        Map<String, NameHistory> history = new HashMap<>();
        if (userNames.isEmpty()) {
            return history;
        }
        for (Object[] row : Comment.countByNameAndStatus(Set.copyOf(userNames))) {
            history.merge((String) row[0], NameHistory.NONE.plus((CommentStatus) row[1], (Long) row[2]),
                    (a, b) -> new NameHistory(a.published() + b.published(), a.pending() + b.pending(),
                            a.rejected() + b.rejected(), a.removed() + b.removed()));
        }
        return history;
    }

    /** For each text key, how many comments in {@code status} share it (keys with one are left out). */
    @Transactional
    public Map<String, Long> waveSizes(Collection<String> textKeys, CommentStatus status) {
        if (textKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> sizes = new HashMap<>(Comment.countByTextKey(Set.copyOf(textKeys), status));
        sizes.values().removeIf(n -> n < 2);
        return sizes;
    }

    /** The comments in {@code status} that are near-identical to comment {@code id}, itself included. */
    @Transactional
    public List<Long> waveOf(long id, CommentStatus status) {
        Comment c = load(id);
        return c.textKey == null ? List.of(c.id) : Comment.idsWithTextKey(c.textKey, status);
    }

    @Transactional
    public List<Long> idsByUserName(String userName, Collection<CommentStatus> statuses) {
        return Comment.idsByUserName(userName, statuses);
    }

    /** Comments per day and filter decision since {@code since}, for the admins' charts. */
    @Transactional
    public List<DailyCount> dailyDecisions(Instant since) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        Comment.getEntityManager().createQuery("select c.createdAt, c.decision from Comment c"
                + " where c.createdAt >= :since", Object[].class).setParameter("since", since).getResultStream()
                .forEach(row -> {
                    // Grouping by day in Java keeps the query the same on H2 and PostgreSQL.
                    String key = ((Instant) row[0]).atZone(java.time.ZoneOffset.UTC).toLocalDate() + "|"
                            + ((Decision) row[1]).name();
                    counts.merge(key, 1L, Long::sum);
                });
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\\|");
            return new DailyCount(java.time.LocalDate.parse(parts[0]), Decision.valueOf(parts[1]), e.getValue());
        }).toList();
    }

    /**
     * Per rule, how many stored comments since {@code since} (and since {@code recentSince}) it fired on, read from
     * the verdicts; comments without any hit are skipped in the query.
     */
    @Transactional
    public Map<String, RuleHits> ruleHits(Instant since, Instant recentSince) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        getHitVerdicts(since).forEach(row -> {
            Instant at = (Instant) row[0];
            Verdict v = parse((String) row[1]);
            if (v == null) {
                return;
            }
            Set<String> rules = new java.util.HashSet<>();
            v.hits().forEach(h -> rules.add(h.rule()));
            for (String rule : rules) {
                long[] n = counts.computeIfAbsent(rule, r -> new long[2]);
                n[0]++;
                if (!at.isBefore(recentSince)) {
                    n[1]++;
                }
                last.merge(rule, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        Map<String, RuleHits> result = new HashMap<>();
        counts.forEach((rule, n) -> result.put(rule, new RuleHits(rule, n[0], n[1], last.get(rule))));
        return result;
    }

    /** The held comments: how many, and since when the oldest has waited. */
    @Transactional
    public Waiting waiting() {
        Comment oldest = Comment.find("status = ?1 order by createdAt, id", CommentStatus.PENDING).firstResult();
        return new Waiting(Comment.count("status", CommentStatus.PENDING), oldest == null ? null : oldest.createdAt);
    }

    /** How many comments are held and when the oldest of them arrived (null when none). */
    public record Waiting(long pending, Instant oldestSince) {
    }

    /** When each of these comments arrived. */
    @Transactional
    public Map<Long, Instant> arrivals(Collection<Long> ids) {
        Map<Long, Instant> at = new HashMap<>();
        if (ids.isEmpty()) {
            return at;
        }
        Comment.getEntityManager().createQuery("select c.id, c.createdAt from Comment c where c.id in :ids",
                Object[].class).setParameter("ids", Set.copyOf(ids)).getResultList()
                .forEach(row -> at.put((Long) row[0], (Instant) row[1]));
        return at;
    }

    private static java.util.stream.Stream<Object[]> getHitVerdicts(Instant since) {
        return Comment.getEntityManager().createQuery("select c.createdAt, c.verdict from Comment c"
                + " where c.createdAt >= :since and c.verdict like :withHits", Object[].class)
                .setParameter("since", since).setParameter("withHits", "%\"rule\"%").getResultStream();
    }

    private Verdict parse(String verdict) {
        try {
            return json.readValue(verdict, Verdict.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** How many comments arrived since {@code since}, at most {@code limit}: the size of a back-test. */
    @Transactional
    public long countSince(Instant since, int limit) {
        return Math.min(limit, Comment.count("createdAt >= ?1", since));
    }

    /**
     * The newest comments since {@code since}, at most {@code limit}, in pages of {@code pageSize}, handed to
     * {@code each} page by page so a back-test over 100,000 comments never holds them all.
     */
    public void replay(Instant since, int limit, int pageSize, java.util.function.Consumer<List<StoredComment>> each) {
        replay(since, null, limit, pageSize, each);
    }

    /**
     * Like {@link #replay(Instant, int, int, java.util.function.Consumer)}, only comments that stand in
     * {@code status} now (published: approved by a moderator or let through by the filter), newest first.
     */
    public void replay(Instant since, CommentStatus status, int limit, int pageSize,
            java.util.function.Consumer<List<StoredComment>> each) {
        long afterId = Long.MAX_VALUE;
        int left = limit;
        while (left > 0) {
            long from = afterId;
            int size = Math.min(pageSize, left);
            List<StoredComment> page = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                var query = Comment.getEntityManager().createQuery("select c.id, c.articleId, c.userName, c.text,"
                        + " c.decision, c.status, c.createdAt from Comment c where c.createdAt >= :since"
                        + " and c.id < :from" + (status == null ? "" : " and c.status = :status")
                        + " order by c.id desc", Object[].class)
                        .setParameter("since", since).setParameter("from", from).setMaxResults(size);
                if (status != null) {
                    query.setParameter("status", status);
                }
                return query.getResultList();
            }).stream().map(r -> new StoredComment((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                    (Decision) r[4], (CommentStatus) r[5], (Instant) r[6])).toList();
            if (page.isEmpty()) {
                return;
            }
            each.accept(page);
            left -= page.size();
            afterId = page.get(page.size() - 1).id();
        }
    }

    /** Moves a comment to {@code to} if the state machine allows it; otherwise 409 with the reason. */
    @Transactional
    public StatusChange move(long id, CommentStatus to) {
        Comment c = load(id);
        CommentStatus before = c.status;
        if (!before.canBecome(to)) {
            throw Refusal.conflict("Comment " + id + " is " + before.name().toLowerCase(java.util.Locale.ROOT)
                    + " and cannot become " + to.name().toLowerCase(java.util.Locale.ROOT) + ".", "status");
        }
        boolean reportsCleared = c.reportedAt != null;
        c.status = to;
        c.reportedAt = null;
        touch(c, before);
        return new StatusChange(view(c), before, reportsCleared);
    }

    /** Marks readers' reports on a published or held comment as reviewed; the comment keeps its state. */
    @Transactional
    public StatusChange dismissReports(long id) {
        Comment c = load(id);
        if (c.reportedAt == null) {
            throw Refusal.conflict("Comment " + id + " is already " + c.status.name()
                    .toLowerCase(java.util.Locale.ROOT) + " and has no open reports.", "status");
        }
        c.reportedAt = null;
        touch(c, c.status);
        return new StatusChange(view(c), c.status, true);
    }

    /**
     * A published comment, locked until the caller's transaction ends, so that readers' reports on it are
     * counted one at a time; 404 for a comment that is not published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewComment lockPublished(long id) {
        Comment c = Comment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.status != CommentStatus.PUBLISHED) {
            throw Refusal.notFound("There is no published comment " + id + ".");
        }
        return view(c);
    }

    /**
     * Counts one more reader's report. At every {@code threshold}-th report the comment goes on the moderators'
     * "Reported" tab (unless it is there already), and with {@code hide} it also leaves the page until a
     * moderator has reviewed it. Readers' reports are not a moderator's move, so the state machine does not apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportTally countReport(long id, int threshold, boolean hide) {
        Comment c = load(id);
        CommentStatus before = c.status;
        c.reportCount++;
        boolean flagged = c.reportedAt == null && c.reportCount % Math.max(1, threshold) == 0;
        if (flagged) {
            c.reportedAt = clock.instant();
            if (hide && c.status == CommentStatus.PUBLISHED) {
                c.status = CommentStatus.PENDING;
            }
        }
        c.updatedAt = clock.instant();
        // Only a change of state changes the page; a bare count does not.
        if (c.status != before) {
            changed.fire(new CommentsChanged(c.articleId));
        }
        return new ReportTally(view(c), before, flagged);
    }

    /**
     * Puts a comment back as it was before a moderator's action (undo), if nobody has moved it since. Answers
     * false when it has moved on, so an undo never overwrites a later decision.
     */
    @Transactional
    public boolean revert(long id, CommentStatus expectedNow, CommentStatus back, boolean reopenReports) {
        Comment c = load(id);
        if (c.status != expectedNow) {
            return false;
        }
        CommentStatus before = c.status;
        c.status = back;
        if (reopenReports) {
            c.reportedAt = clock.instant();
        }
        touch(c, before);
        return true;
    }

    private void touch(Comment c, CommentStatus before) {
        c.updatedAt = clock.instant();
        if (before == CommentStatus.PUBLISHED || c.status == CommentStatus.PUBLISHED) {
            changed.fire(new CommentsChanged(c.articleId));
        }
    }

    private static Comment load(long id) {
        return Comment.<Comment>findByIdOptional(id)
                .orElseThrow(() -> Refusal.notFound("There is no comment " + id + "."));
    }

    ReviewComment view(Comment c) {
        return new ReviewComment(c.id, c.articleId, c.userName, c.text, c.status, c.decision, c.score, c.category,
                verdictOf(c), c.reportCount, c.reportedAt, c.textKey, c.clientHash, c.createdAt, c.updatedAt,
                c.heldBecause);
    }

    private Verdict verdictOf(Comment c) {
        try {
            return json.readValue(c.verdict, Verdict.class);
        } catch (JsonProcessingException e) {
            // Verdicts are written by this code; one that cannot be read is shown as absent, not as an error page.
            return null;
        }
    }
}
