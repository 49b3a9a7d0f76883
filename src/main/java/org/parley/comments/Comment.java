package org.parley.comments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.parley.filter.Category;
import org.parley.filter.Decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** A reader's comment on an article, with the filter's verdict as it was when the comment arrived. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public long articleId;
    @Column(name = "user_name")
    public String userName;
    @Column(length = 12_000)
    public String text;
    @Enumerated(EnumType.STRING)
    public CommentStatus status;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public int score;
    /** The verdict as JSON: decision, per-category scores and every hit with its span. */
    @Column(length = 100_000)
    public String verdict;
    /** The category that drove a HOLD or REJECT; null when the filter published the comment. */
    @Enumerated(EnumType.STRING)
    public Category category;
    /** Why the comment waits for a moderator although the filter would have published it; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "held_because")
    public HoldReason heldBecause;
    @Column(name = "client_hash")
    public String clientHash;
    /** Letters and digits of the text, hashed: near-identical comments (a spam wave) share it. */
    @Column(name = "text_key")
    public String textKey;
    @Column(name = "report_count")
    public int reportCount;
    /** When readers' reports crossed the threshold; null while under it or once a moderator reviewed it. */
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /**
     * The order of ix_comment_article_status_created, its equality columns included: H2 reads an index in order
     * only when the ORDER BY names them, and otherwise sorts every published comment of the article to show 50.
     */
    private static final String BY_ARTICLE_OLDEST_FIRST = "articleId, status, createdAt, id";

    /**
     * Only the columns readers see: an article page is rebuilt from these after every published comment, and the
     * stored verdict of a long comment with many hits weighs more than its text.
     */
    public static List<CommentView> listPublishedOldestFirst(long articleId) {
        return find("articleId = ?1 and status = ?2 order by " + BY_ARTICLE_OLDEST_FIRST, articleId,
                CommentStatus.PUBLISHED).project(CommentView.class).list();
    }

    /** One page of an article's published comments, oldest first: what one article page shows. */
    public static List<CommentView> listPublishedOldestFirst(long articleId, int pageIndex, int pageSize) {
        return find("articleId = ?1 and status = ?2 order by " + BY_ARTICLE_OLDEST_FIRST, articleId,
                CommentStatus.PUBLISHED).page(Page.of(pageIndex, pageSize)).project(CommentView.class).list();
    }

    public static long countPublished(long articleId) {
        return count("articleId = ?1 and status = ?2", articleId, CommentStatus.PUBLISHED);
    }

    public static List<CommentView> listPublishedNewestFirst(int pageIndex, int pageSize) {
        return find("status = ?1 order by status, createdAt desc, id desc", CommentStatus.PUBLISHED)
                .page(Page.of(pageIndex, pageSize)).project(CommentView.class).list();
    }

    /** How many published comments of the same article come before this one, itself included. */
    public static long countPublishedUpTo(Comment c) {
        return count("articleId = ?1 and status = ?2 and (createdAt < ?3 or (createdAt = ?3 and id <= ?4))",
                c.articleId, CommentStatus.PUBLISHED, c.createdAt, c.id);
    }

    /** One page of a moderation queue. */
    public static List<Comment> queue(QueueQuery q) {
        Where where = where(q);
        String order = switch (q.sort()) {
            case OLDEST -> " order by createdAt, id";
            case NEWEST -> " order by createdAt desc, id desc";
            case SCORE -> " order by score desc, createdAt, id";
        };
        return find(where.query + order, where.params).page(Page.of(q.page() - 1, q.pageSize())).list();
    }

    public static long countQueue(QueueQuery q) {
        Where where = where(q);
        return count(where.query, where.params);
    }

    private record Where(String query, Parameters params) {
    }

    private static Where where(QueueQuery q) {
        StringBuilder query = new StringBuilder();
        Parameters params = new Parameters();
        if (q.tab() == QueueTab.REPORTED) {
            query.append("reportedAt is not null and status in :visibleOrHeld");
            params.and("visibleOrHeld", List.of(CommentStatus.PUBLISHED, CommentStatus.PENDING));
        } else {
            query.append("status = :status");
            params.and("status", CommentStatus.valueOf(q.tab().name()));
        }
        if (q.articleId() != null) {
            query.append(" and articleId = :articleId");
            params.and("articleId", q.articleId());
        }
        if (q.category() != null) {
            query.append(" and category = :category");
            params.and("category", q.category());
        }
        if (q.search() != null) {
            query.append(" and (lower(text) like :search escape '!' or lower(userName) like :search escape '!')");
            params.and("search", "%" + q.search().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return new Where(query.toString(), params);
    }

    /** Comments per status, and how many are reported, optionally for one article. */
    public static Map<QueueTab, Long> countTabs(Long articleId) {
        String byArticle = articleId == null ? "" : " where c.articleId = :articleId";
        var query = getEntityManager().createQuery(
                "select c.status, count(c), sum(case when c.reportedAt is not null and c.status in :visibleOrHeld"
                        + " then 1 else 0 end) from Comment c" + byArticle + " group by c.status", Object[].class)
                .setParameter("visibleOrHeld", List.of(CommentStatus.PUBLISHED, CommentStatus.PENDING));
        if (articleId != null) {
            query.setParameter("articleId", articleId);
        }
        Map<QueueTab, Long> counts = new java.util.EnumMap<>(QueueTab.class);
        for (QueueTab tab : QueueTab.values()) {
            counts.put(tab, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put(QueueTab.valueOf(((CommentStatus) row[0]).name()), (Long) row[1]);
            counts.merge(QueueTab.REPORTED, row[2] == null ? 0L : ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    /** Per user name and status, how many comments there are. */
    public static List<Object[]> countByNameAndStatus(java.util.Collection<String> names) {
        return getEntityManager().createQuery("select c.userName, c.status, count(c) from Comment c"
                + " where c.userName in :names group by c.userName, c.status", Object[].class)
                .setParameter("names", names).getResultList();
    }

    /** Per text key, how many comments in the given state share it. */
    public static Map<String, Long> countByTextKey(java.util.Collection<String> keys, CommentStatus status) {
        return getEntityManager().createQuery("select c.textKey, count(c) from Comment c"
                + " where c.textKey in :keys and c.status = :status group by c.textKey", Object[].class)
                .setParameter("keys", keys).setParameter("status", status).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    public static List<Long> idsWithTextKey(String textKey, CommentStatus status) {
        return getEntityManager().createQuery("select c.id from Comment c where c.textKey = :key"
                + " and c.status = :status order by c.createdAt, c.id", Long.class)
                .setParameter("key", textKey).setParameter("status", status).getResultList();
    }

    public static List<Long> idsByUserName(String userName, java.util.Collection<CommentStatus> statuses) {
        return getEntityManager().createQuery("select c.id from Comment c where c.userName = :name"
                + " and c.status in :statuses order by c.createdAt, c.id", Long.class)
                .setParameter("name", userName).setParameter("statuses", statuses).getResultList();
    }

    public static long countPublished() {
        return count("status", CommentStatus.PUBLISHED);
    }

    public static Map<Long, Long> countPublishedByArticle() {
        return getEntityManager()
                .createQuery("select c.articleId, count(c) from Comment c where c.status = ?1 group by c.articleId",
                        Object[].class)
                .setParameter(1, CommentStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Per article of {@code articleIds} and status, how many comments there are (absent pairs are zero). */
    public static List<Object[]> countByArticleAndStatus(java.util.Collection<Long> articleIds) {
        return getEntityManager().createQuery("select c.articleId, c.status, count(c) from Comment c"
                + " where c.articleId in :ids group by c.articleId, c.status", Object[].class)
                .setParameter("ids", articleIds).getResultList();
    }
}
