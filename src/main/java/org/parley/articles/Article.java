package org.parley.articles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.shared.IdentityEntity;

/** A news article. The body is stored as paragraphs separated by blank lines, tags as a comma list. */
@Entity
@Table(name = "article")
public class Article extends IdentityEntity {

    public String slug;
    public String title;
    public String source;
    public String author;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(length = 200_000)
    public String body;
    public String tags;
    @Column(name = "created_at")
    public Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "comment_mode")
    public CommentMode commentMode = CommentMode.OPEN;

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Article> listNewestFirst() {
        return list("order by publishedAt desc, id desc");
    }

    public static boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }
}
