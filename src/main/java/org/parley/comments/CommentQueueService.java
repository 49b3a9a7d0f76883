package org.parley.comments;

import java.time.Clock;
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

import org.parley.filter.Verdict;
import org.parley.shared.web.PublicException;

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

    /** Moves a comment to {@code to} if the state machine allows it; otherwise 409 with the reason. */
    @Transactional
    public StatusChange move(long id, CommentStatus to) {
        Comment c = load(id);
        CommentStatus before = c.status;
        if (!before.canBecome(to)) {
            throw new PublicException(409, "Comment " + id + " is " + before.name().toLowerCase(java.util.Locale.ROOT)
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
            throw new PublicException(409, "Comment " + id + " is already " + c.status.name()
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
            throw PublicException.notFound("There is no published comment " + id + ".");
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
                .orElseThrow(() -> PublicException.notFound("There is no comment " + id + "."));
    }

    ReviewComment view(Comment c) {
        return new ReviewComment(c.id, c.articleId, c.userName, c.text, c.status, c.decision, c.score, c.category,
                verdictOf(c), c.reportCount, c.reportedAt, c.textKey, c.clientHash, c.createdAt, c.updatedAt);
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
