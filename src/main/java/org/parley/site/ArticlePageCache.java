package org.parley.site;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.parley.articles.CommentMode;
import org.parley.comments.CommentsChanged;
import org.parley.shared.settings.Settings;
import org.parley.shared.web.PageShell;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Rendered article pages, kept as bytes until the article's published comments change. Readers far outnumber
 * writers, so a page is rendered once per change rather than once per view.
 */
@ApplicationScoped
public class ArticlePageCache {

    static final String CACHE = "article-pages";

    /**
     * One cached page: an article's comment page number {@code page} as shown in {@code mode}, with or without
     * the captcha, in one language. With the mode and the captcha in the key, an article that closes (by a
     * moderator or by age) never gets a page cached while it was open, and a captcha turned on or off (here or, a
     * few seconds later, on another node) never gets the form of before: both are read per view, which costs no
     * query.
     */
    record Key(long articleId, int page, CommentMode mode, boolean captcha, Locale locale) {
    }

    /**
     * A page in two shapes: with a hole for a whole comment form (a form with errors or a notice), and with
     * the blank form already in place and holes only for its tokens (what nearly every visitor gets). A closed
     * article has no form, so its page has no token holes ({@code tokens} false); {@code captcha} says whether
     * the blank form has a hole for a captcha token.
     */
    record Shells(PageShell withFormHole, PageShell withBlankForm, boolean tokens, boolean captcha) {
    }

    @CacheName(CACHE)
    Cache cache;

    /** The shells if they are cached and ready, without waiting or rendering; else null. */
    Shells peek(long articleId, int page, CommentMode mode, boolean captcha, Locale locale) {
        CompletableFuture<Shells> cached = cache.as(CaffeineCache.class)
                .getIfPresent(new Key(articleId, page, mode, captcha, locale));
        return cached != null && cached.isDone() && !cached.isCompletedExceptionally() ? cached.join() : null;
    }

    Shells get(long articleId, int page, CommentMode mode, boolean captcha, Locale locale, Supplier<Shells> render) {
        return cache.get(new Key(articleId, page, mode, captcha, locale), key -> render.get()).await().indefinitely();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged event) {
        cache.invalidateIf(key -> key instanceof Key k && event.concerns(k.articleId())).await().indefinitely();
    }

    /** Pages of the old settings would never be asked for again (the key differs); free their memory now. */
    void forget(@Observes Settings.Changed event) {
        cache.invalidateAll().await().indefinitely();
    }
}
