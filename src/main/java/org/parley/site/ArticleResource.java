package org.parley.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;
import org.parley.comments.CommentMessages;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.CommentView;
import org.parley.comments.NewComment;
import org.parley.comments.SubmissionOutcome;
import org.parley.shared.Refusal;
import org.parley.shared.language.CommonMessages;
import org.parley.shared.language.Language;
import org.parley.shared.web.ClientAddress;
import org.parley.shared.web.PageShell;
import org.parley.shared.web.Pages;
import org.parley.shared.web.SiteInfo;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;

/** The reader's site: the front page, article pages with their comment form, the forum and the RSS feeds. */
@Path("/")
@PermitAll
public class ArticleResource {

    private static final String RSS = "application/rss+xml;charset=UTF-8";
    private static final int FEED_SIZE = 50;
    private static final String FORM_HOLE = PageShell.marker("form");
    private static final String CSRF_HOLE = PageShell.marker("csrf");
    private static final String CAPTCHA_HOLE = PageShell.marker("captcha");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(SiteInfo site, List<HomeItem> articles);

        static native TemplateInstance article(SiteInfo site, ArticlePage page, CommentFormView form);

        static native TemplateInstance article$form(CommentFormView form);

        static native TemplateInstance article$closed(CommentFormView form);

        static native TemplateInstance forum(SiteInfo site, List<ForumEntry> entries, int page, int pageCount);

        static native TemplateInstance articlesRss(SiteInfo site, List<ArticleView> articles);

        static native TemplateInstance commentsRss(SiteInfo site, ArticleView article, List<CommentView> comments);
    }

    /** An article on the front page with its number of published comments. */
    public record HomeItem(ArticleView article, long commentCount) {
    }

    /** A comment on the forum page with the article it belongs to. */
    public record ForumEntry(ArticleView article, CommentView comment) {
    }

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CaptchaService captcha;

    @Inject
    ArticlePageCache pages;

    @Inject
    ClientAddress clients;

    @Inject
    SiteInfo siteInfo;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public TemplateInstance home() {
        Map<Long, Long> counts = comments.publishedCounts();
        List<HomeItem> items = articles.listNewestFirst().stream()
                .map(a -> new HomeItem(a, counts.getOrDefault(a.id(), 0L))).toList();
        return Templates.home(siteInfo, items);
    }

    @GET
    @Path("articles/{slug}")
    @Produces(Pages.HTML)
    public Uni<Response> article(@RestPath String slug, @RestQuery Integer page, @RestQuery String posted,
            HttpServerRequest request) {
        // Read here: the worker below has no request of its own to ask.
        Locale locale = language.of(request);
        // Most views find the page ready in memory: serve those on the I/O thread, the rest on a worker.
        if (posted == null) {
            Response ready = fromMemory(slug, page == null ? 1 : page, locale);
            if (ready != null) {
                return Uni.createFrom().item(ready);
            }
        }
        return Uni.createFrom().item(() -> renderArticle(slug, page, posted, locale))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response fromMemory(String slug, int page, Locale locale) {
        Optional<ArticleView> article = articles.findIfCached(slug);
        if (article == null || article.isEmpty()) {
            return null;
        }
        // The mode is part of the key: a page cached while the article was open is never served once it closed.
        ArticlePageCache.Shells shells = pages.peek(article.get().id(), page, articles.commentModeOf(article.get()),
                captcha.enabled(), locale);
        return shells == null ? null : blankFormPage(shells, 200);
    }

    private Response renderArticle(String slug, Integer page, String posted, Locale locale) {
        ArticleView article = find(slug);
        CommentFormView.Notice notice = notice(posted, language.messages(CommentMessages.class, locale));
        // Nearly every visitor gets the blank form, which is part of the cached page; only a notice needs rendering.
        CommentFormView form = notice == null ? null : form(article, "", "", Map.of(), notice, false);
        return render(article, page == null ? 1 : page, form, 200, locale);
    }

    @POST
    @Path("articles/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response post(@RestPath String slug, @RestForm String userName, @RestForm String text,
            @RestForm String captchaToken, @RestForm String captchaAnswer, @RestForm String captchaReview,
            @RestForm String action, HttpServerRequest request) {
        ArticleView article = find(slug);
        Locale locale = language.of(request);
        CommentMessages say = language.messages(CommentMessages.class, locale);
        boolean review = "true".equals(captchaReview);
        if ("new-image".equals(action)) {
            return render(article, 1, form(article, userName, text, Map.of(), null, review), 200, locale);
        }
        SubmissionOutcome outcome = comments.submit(article,
                new NewComment(userName, text, captchaToken, captchaAnswer, review), clients.keyOf(request));
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return switch (accepted.status()) {
                case PUBLISHED -> Response.seeOther(java.net.URI.create(article.path() + "?page="
                        + comments.pageOf(accepted.commentId()) + "&posted=published#comment-"
                        + accepted.commentId())).build();
                case PENDING -> Response.seeOther(java.net.URI.create(article.path() + "?posted=held#add-comment"))
                        .build();
                // Not published: the reader keeps the text, to change a word and send it again.
                case REJECTED, REMOVED -> render(article, 1, form(article, userName, text, Map.of(),
                        new CommentFormView.Notice("warning", say.outcome(accepted.status(),
                                accepted.verdict().category()) + " " + say.tryAgain()), review, true), 200, locale);
            };
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            return render(article, 1, form(article, userName, text, Map.of("form", refused.message(say)), null, review),
                    403, locale);
        }
        if (outcome instanceof SubmissionOutcome.Limited limited) {
            return Response.fromResponse(render(article, 1,
                    form(article, userName, text, Map.of("form", limited.message(say)), null, review), 400, locale))
                    .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds())).build();
        }
        if (outcome instanceof SubmissionOutcome.Unavailable unavailable) {
            return Response.fromResponse(render(article, 1,
                    form(article, userName, text, Map.of("form", unavailable.message(say)), null, review), 503, locale))
                    .header("Retry-After", unavailable.retryAfter().toSeconds()).build();
        }
        Map<String, String> errors = ((SubmissionOutcome.Invalid) outcome).errors();
        return render(article, 1, form(article, userName, text, errors, null, review), 400, locale);
    }

    @GET
    @Path("forum")
    @Produces(Pages.HTML)
    public TemplateInstance forum(@RestQuery Integer page) {
        int pageCount = (int) Math.max(1, (comments.countPublished() + CommentService.PAGE_SIZE - 1)
                / CommentService.PAGE_SIZE);
        int current = Math.min(Math.max(1, page == null ? 1 : page), pageCount);
        Map<Long, ArticleView> byId = articles.listNewestFirst().stream()
                .collect(Collectors.toMap(ArticleView::id, Function.identity()));
        List<ForumEntry> entries = comments.latestPublished(current - 1, CommentService.PAGE_SIZE).stream()
                .filter(c -> byId.containsKey(c.articleId()))
                .map(c -> new ForumEntry(byId.get(c.articleId()), c)).toList();
        return Templates.forum(siteInfo, entries, current, pageCount);
    }

    @GET
    @Path("rss.xml")
    @Produces(RSS)
    public TemplateInstance articlesRss() {
        List<ArticleView> latest = articles.listNewestFirst();
        return Templates.articlesRss(siteInfo, latest.subList(0, Math.min(FEED_SIZE, latest.size())));
    }

    @GET
    @Path("articles/{slug}/comments.rss")
    @Produces(RSS)
    public TemplateInstance commentsRss(@RestPath String slug) {
        ArticleView article = find(slug);
        List<CommentView> all = comments.published(article.id());
        List<CommentView> newest = new ArrayList<>(all.subList(Math.max(0, all.size() - FEED_SIZE), all.size()));
        Collections.reverse(newest);
        return Templates.commentsRss(siteInfo, article, newest);
    }

    private Response render(ArticleView article, int requestedPage, CommentFormView form, int status,
            Locale locale) {
        long count = comments.publishedCount(article.id());
        int pageCount = (int) Math.max(1, (count + CommentService.PAGE_SIZE - 1) / CommentService.PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pageCount);
        CommentMode mode = articles.commentModeOf(article);
        // Read once: the shells must match the key even if an admin turns the captcha on or off meanwhile.
        boolean withCaptcha = captcha.enabled();
        ArticlePageCache.Shells shells = pages.get(article.id(), page, mode, withCaptcha, locale, () -> {
            ArticlePage view = new ArticlePage(article, comments.publishedPage(article.id(), page), count, page,
                    pageCount, FORM_HOLE);
            PageShell withFormHole = PageShell.split(Templates.article(siteInfo, view, null).setLocale(locale).render(),
                    FORM_HOLE);
            if (mode == CommentMode.CLOSED) {
                return new ArticlePageCache.Shells(withFormHole,
                        PageShell.split(withFormHole.fillAsString(Templates.article$closed(null).setLocale(locale).render())),
                        false,
                        false);
            }
            Challenge blankChallenge = withCaptcha
                    ? new Challenge(CAPTCHA_HOLE, "/captcha/" + CAPTCHA_HOLE + ".png", null)
                    : null;
            String blankForm = Templates.article$form(new CommentFormView(formAction(article), CSRF_HOLE,
                    blankChallenge, "", "", Map.of(), null, false, CommentService.NAME_MAX, CommentService.TEXT_MAX,
                    mode == CommentMode.PREMODERATED, false)).setLocale(locale).render();
            String withBlankForm = withFormHole.fillAsString(blankForm);
            return new ArticlePageCache.Shells(withFormHole, withCaptcha
                    ? PageShell.split(withBlankForm, CSRF_HOLE, CAPTCHA_HOLE)
                    : PageShell.split(withBlankForm, CSRF_HOLE), true, withCaptcha);
        });
        if (form == null) {
            return blankFormPage(shells, status);
        }
        String formHtml = (mode == CommentMode.CLOSED ? Templates.article$closed(form) : Templates.article$form(form))
                .setLocale(locale).render();
        return page(shells.withFormHole().fill(formHtml), status);
    }

    private Response blankFormPage(ArticlePageCache.Shells shells, int status) {
        if (!shells.tokens()) {
            return page(shells.withBlankForm().fill(), status);
        }
        return page(shells.captcha()
                ? shells.withBlankForm().fill(csrf.getToken(), captcha.issue().token())
                : shells.withBlankForm().fill(csrf.getToken()), status);
    }

    private static Response page(byte[] body, int status) {
        // Every view carries its own form tokens: no shared cache may keep it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(body).build();
    }

    private CommentFormView form(ArticleView article, String userName, String text, Map<String, String> errors,
            CommentFormView.Notice notice, boolean review) {
        return form(article, userName, text, errors, notice, review, !errors.isEmpty());
    }

    private CommentFormView form(ArticleView article, String userName, String text, Map<String, String> errors,
            CommentFormView.Notice notice, boolean review, boolean answersPost) {
        return new CommentFormView(formAction(article), csrf.getToken(), captcha.enabled() ? captcha.issue() : null,
                userName == null ? "" : userName, text == null ? "" : text, errors, notice, review,
                CommentService.NAME_MAX, CommentService.TEXT_MAX,
                articles.commentModeOf(article) == CommentMode.PREMODERATED, answersPost);
    }

    private static String formAction(ArticleView article) {
        return article.path() + "/comments";
    }

    private static CommentFormView.Notice notice(String posted, CommentMessages say) {
        if (posted == null) {
            return null;
        }
        return switch (posted) {
            case "published" -> new CommentFormView.Notice("success", say.outcome(CommentStatus.PUBLISHED, null));
            case "held" -> new CommentFormView.Notice("info", say.outcome(CommentStatus.PENDING, null));
            case "reported" -> new CommentFormView.Notice("success", say.reported());
            default -> null;
        };
    }

    private ArticleView find(String slug) {
        return articles.find(slug)
                .orElseThrow(() -> Refusal.notFound(language.messages(CommonMessages.class).noArticleHere()));
    }
}
