package org.parley.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.NewArticle;

/** Fresh articles per test, so that tests sharing one database never see each other's comments. */
public final class TestArticles {

    private TestArticles() {
    }

    public static ArticleView fresh(ArticleService articles) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return articles.create(new NewArticle("Test article " + id,
                "Parliament debated the new budget for schools and hospitals.\n\nThe vote is due next week.",
                "Test Desk", "Test reporter", Instant.parse("2021-03-01T10:00:00Z"), List.of("Budget"),
                "test-article-" + id));
    }

    /** A fresh article published now, for settings that close old articles. */
    public static ArticleView publishedNow(ArticleService articles) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return articles.create(new NewArticle("Fresh article " + id,
                "Parliament debated the new budget for schools and hospitals.\n\nThe vote is due next week.",
                "Test Desk", "Test reporter", Instant.now(), List.of("Budget"), "fresh-article-" + id));
    }
}
