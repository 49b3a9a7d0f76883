package org.parley.articles;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.filter.ruleset.FilterService;
import org.parley.shared.Refusal;
import org.parley.shared.settings.Settings;
import org.parley.shared.storage.ClusterNotices;
import org.parley.shared.text.CleanText;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.runtime.StartupEvent;

/** Publishes articles and looks them up; lookups are cached because every page view starts with one. */
@ApplicationScoped
public class ArticleService {

    static final String CACHE_BY_SLUG = "articles";
    static final String CACHE_LIST = "article-list";
    static final int TITLE_MAX = 300;
    static final int BODY_MAX = 100_000;
    static final int TAGS_MAX = 20;

    /** The setting for the mode new articles start in; an admin's override of {@code parley.articles.*}. */
    public static final String DEFAULT_MODE_SETTING = "articles.default-comment-mode";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    @Inject
    FilterService filter;

    @Inject
    Instance<CommentWindow> window;

    @Inject
    Event<ModeChanged> modeChanged;

    @Inject
    ClusterNotices cluster;

    @Inject
    ArticlesConfig config;

    @Inject
    Settings settings;

    private volatile CommentWindow resolvedWindow;

    @CacheName(CACHE_BY_SLUG)
    Cache bySlug;

    @CacheName(CACHE_LIST)
    Cache list;

    /** The topic of the notices that tell other nodes of articles made or changed here. */
    static final String NOTICES = "articles";
    private static final String ANY_ARTICLE = "*";

    /** Fired when an article's comment mode changed, so the cached views drop it once the change is committed. */
    record ModeChanged(String slug) {
    }

    Clock clock = Clock.systemUTC();

    /** The filter judges relevance against every article, so it learns them at start and on each new one. */
    void teachFilter(@Observes @Priority(FilterService.STARTUP_PRIORITY + 5) StartupEvent event) {
        teachFilter();
    }

    private void teachFilter() {
        filter.useDocuments(Article.listNewestFirst().stream().map(a -> ArticleView.of(a).filterContext()).toList());
    }

    @CacheResult(cacheName = CACHE_BY_SLUG)
    public Optional<ArticleView> find(String slug) {
        return Article.findBySlug(slug).map(ArticleView::of);
    }

    /** The article if its lookup is cached, without touching the database; else null (not known yet). */
    public Optional<ArticleView> findIfCached(String slug) {
        CompletableFuture<Optional<ArticleView>> cached = bySlug.as(CaffeineCache.class).getIfPresent(slug);
        return cached != null && cached.isDone() && !cached.isCompletedExceptionally() ? cached.join() : null;
    }

    @CacheResult(cacheName = CACHE_LIST)
    public List<ArticleView> listNewestFirst() {
        return Article.listNewestFirst().stream().map(ArticleView::of).toList();
    }

    @Transactional
    @CacheInvalidateAll(cacheName = CACHE_BY_SLUG)
    @CacheInvalidateAll(cacheName = CACHE_LIST)
    public ArticleView create(NewArticle input) {
        cluster.publish(NOTICES, ANY_ARTICLE);
        String title = require(CleanText.singleLine(input.title(), "title", TITLE_MAX), "title");
        String body = require(CleanText.multiLine(input.body(), "article body", BODY_MAX), "body");
        Article article = new Article();
        article.title = title;
        article.body = body;
        article.source = optional(input.source(), "source", "Parley Newsroom");
        article.author = optional(input.author(), "author", "Staff reporter");
        article.publishedAt = input.publishedAt() == null ? clock.instant() : input.publishedAt();
        article.tags = tags(input.tags());
        article.slug = uniqueSlug(input.slug() == null || input.slug().isBlank() ? slugify(title) : checkSlug(input.slug()));
        article.createdAt = clock.instant();
        article.commentMode = defaultCommentMode();
        article.persist();
        teachFilter();
        return ArticleView.of(article);
    }

    /** The mode new articles start in: the admin's setting, else the configuration; never CLOSED. */
    public CommentMode defaultCommentMode() {
        CommentMode mode = settings.enumValue(DEFAULT_MODE_SETTING, CommentMode.class, config.defaultCommentMode());
        return mode == CommentMode.CLOSED ? CommentMode.OPEN : mode;
    }

    /**
     * Whether the article takes comments now: the mode a moderator set, except that every article closes
     * {@link CommentWindow#closeAfter} after publication. Cheap enough for every page view.
     */
    public CommentMode commentModeOf(ArticleView article) {
        if (article.commentMode() == CommentMode.CLOSED) {
            return CommentMode.CLOSED;
        }
        Duration after = closeAfter();
        if (!after.isNegative() && !after.isZero() && !clock.instant().isBefore(article.publishedAt().plus(after))) {
            return CommentMode.CLOSED;
        }
        return article.commentMode();
    }

    /** A change of comment mode: the mode before, and the article as it is now. */
    public record ModeChange(CommentMode before, ArticleView article) {
    }

    /** Sets an article's comment mode. Joins the caller's transaction, so the caller can audit in it. */
    @Transactional
    public ModeChange changeCommentMode(String slug, CommentMode mode) {
        Article article = Article.findBySlug(slug)
                .orElseThrow(() -> Refusal.notFound("There is no article " + slug + "."));
        CommentMode before = article.commentMode;
        article.commentMode = mode;
        modeChanged.fire(new ModeChanged(slug));
        cluster.publish(NOTICES, slug);
        return new ModeChange(before, ArticleView.of(article));
    }

    // After the commit, so that no reader can cache the old mode again between invalidation and commit.
    void forgetCached(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModeChanged event) {
        bySlug.invalidate(event.slug()).await().indefinitely();
        list.invalidateAll().await().indefinitely();
    }

    /** An article made or changed on another node: its view here is out of date. */
    void heard(@Observes ClusterNotices.Notice notice) {
        if (NOTICES.equals(notice.topic())) {
            if (notice.value().equals(ANY_ARTICLE)) {
                bySlug.invalidateAll().await().indefinitely();
            } else {
                bySlug.invalidate(notice.value()).await().indefinitely();
            }
            list.invalidateAll().await().indefinitely();
        }
    }

    void missedSome(@Observes ClusterNotices.Resync resync) {
        bySlug.invalidateAll().await().indefinitely();
        list.invalidateAll().await().indefinitely();
    }

    // The window is looked up once, but asked on every view: an admin can change the setting at any time, and
    // the answer comes from memory.
    private Duration closeAfter() {
        CommentWindow w = resolvedWindow;
        if (w == null) {
            w = window.isResolvable() ? window.get() : () -> Duration.ZERO;
            resolvedWindow = w;
        }
        return w.closeAfter();
    }

    /** A URL-safe name from a title: accents dropped, words joined by hyphens. */
    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "article" : ascii;
    }

    private static String checkSlug(String slug) {
        if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw Refusal.invalid("A slug is lower-case letters, digits and single hyphens, at most 100 "
                    + "characters.", "slug");
        }
        return slug;
    }

    private static String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; Article.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String tags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return "";
        }
        if (tags.size() > TAGS_MAX) {
            throw Refusal.invalid("An article can have at most " + TAGS_MAX + " tags.", "tags");
        }
        StringBuilder joined = new StringBuilder();
        for (String tag : tags) {
            String clean = require(CleanText.singleLine(tag, "tag", 40), "tags");
            if (clean.contains(",")) {
                throw Refusal.invalid("A tag cannot contain a comma.", "tags");
            }
            joined.append(joined.isEmpty() ? "" : ",").append(clean);
        }
        return joined.toString();
    }

    private static String optional(String value, String field, String fallback) {
        return value == null || value.isBlank() ? fallback : require(CleanText.singleLine(value, field, 200), field);
    }

    private static String require(CleanText.Result result, String field) {
        if (!result.isValid()) {
            throw Refusal.invalid(result.error(), field);
        }
        return result.value();
    }
}
