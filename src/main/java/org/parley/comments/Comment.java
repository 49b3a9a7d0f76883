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

import org.parley.filter.Decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;

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
    @Column(name = "client_hash")
    public String clientHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public static List<Comment> listPublishedOldestFirst(long articleId) {
        return list("articleId = ?1 and status = ?2 order by createdAt, id", articleId, CommentStatus.PUBLISHED);
    }

    public static List<Comment> listPublishedNewestFirst(int pageIndex, int pageSize) {
        return find("status = ?1 order by createdAt desc, id desc", CommentStatus.PUBLISHED)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    /** How many published comments of the same article come before this one, itself included. */
    public static long countPublishedUpTo(Comment c) {
        return count("articleId = ?1 and status = ?2 and (createdAt < ?3 or (createdAt = ?3 and id <= ?4))",
                c.articleId, CommentStatus.PUBLISHED, c.createdAt, c.id);
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
}
