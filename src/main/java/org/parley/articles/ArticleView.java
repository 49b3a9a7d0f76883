package org.parley.articles;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.parley.filter.Submission;

/**
 * An article as pages and the API show it; immutable, so it can be cached. {@code commentMode} is the mode a
 * moderator set; whether the article still takes comments is {@link ArticleService#commentModeOf}.
 */
public record ArticleView(long id, String slug, String title, String source, String author, Instant publishedAt,
        List<String> paragraphs, List<String> tags, CommentMode commentMode) {

    static ArticleView of(Article a) {
        List<String> paragraphs = Arrays.stream(a.body.split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        List<String> tags = a.tags.isBlank() ? List.of()
                : Arrays.stream(a.tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ArticleView(a.id, a.slug, a.title, a.source, a.author, a.publishedAt, paragraphs, tags,
                a.commentMode);
    }

    /** The whole body as one text. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /** The article as the filter sees it: the document comments on it respond to. */
    public Submission.Context filterContext() {
        return new Submission.Context(slug, title, bodyText());
    }

    public String path() {
        return "/articles/" + slug;
    }
}
