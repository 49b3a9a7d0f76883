package org.parley.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.NewArticle;
import org.parley.comments.CommentService;
import org.parley.filter.ruleset.FilterService;
import org.parley.shared.ParleyConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty site with demo articles and readers' comments, so that a new install shows what Parley does
 * at once. The comments go through the filter like any other.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final String FILE = "demo/articles.json";

    /** One demo article as written in the resource file. */
    record DemoArticle(String slug, String title, String source, String author, Instant publishedAt,
            List<String> tags, List<String> body, List<DemoComment> comments) {
    }

    /** One demo comment, posted {@code minutesAfter} the article. */
    record DemoComment(String userName, String text, long minutesAfter) {
    }

    @Inject
    ParleyConfig config;

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    ObjectMapper json;

    void load(@Observes @Priority(FilterService.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!config.demoContent() || !articles.listNewestFirst().isEmpty()) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            DemoArticle[] demo = json.readValue(in, DemoArticle[].class);
            for (DemoArticle d : demo) {
                ArticleView article = articles.create(new NewArticle(d.title(), String.join("\n\n", d.body()),
                        d.source(), d.author(), d.publishedAt(), d.tags(), d.slug()));
                for (DemoComment c : d.comments()) {
                    comments.importComment(article, c.userName(), c.text(),
                            d.publishedAt().plusSeconds(60 * c.minutesAfter()));
                }
            }
            LOG.infof("Loaded %d demo articles (parley.demo-content=false turns this off)", demo.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo content", e);
        }
    }
}
