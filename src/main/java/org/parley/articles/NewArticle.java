package org.parley.articles;

import java.time.Instant;
import java.util.List;

/**
 * What an editor sends to publish an article. The body is plain text: paragraphs separated by blank lines.
 */
public record NewArticle(String title, String body, String source, String author, Instant publishedAt,
        List<String> tags, String slug) {
}
