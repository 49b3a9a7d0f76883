package org.parley.moderation.modes;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.moderation.ModerationMessages;
import org.parley.moderation.Notice;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ErrorMappers;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The moderators' page of articles: each with its comments by state and its comment mode, which can be set
 * here (open, pre-moderated, closed). Plain forms that redirect back to the same page of the list.
 */
@Path("/moderation/articles")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class ArticlesPageResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(List<ArticleRow> rows,
                List<String> modes, String q, int page, int pageCount, long total, Notice notice);
    }

    @Inject
    ArticleService articles;

    @Inject
    ArticleModeService modes;

    @Inject
    CommentQueueService comments;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response page(@RestQuery String q, @RestQuery Integer page, @RestQuery String done,
            @RestQuery String article) {
        return render(q, page, notice(done, article), 200);
    }

    @POST
    @Path("{slug}/mode")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response setMode(@RestPath String slug, @RestForm String mode, @RestForm String q, @RestForm Integer page) {
        try {
            ArticleView changed = modes.change(viewer.name(), slug, mode);
            return Response.seeOther(URI.create("/moderation/articles?" + query(q, page) + "done=mode&article="
                    + encode(changed.slug()))).build();
        } catch (Refusal e) {
            return render(q, page, Notice.error(e.getMessage()), ErrorMappers.statusOf(e));
        }
    }

    /** Rebuilt from the article's current mode, never from text in the address. */
    private Notice notice(String done, String slug) {
        if (!"mode".equals(done) || slug == null) {
            return null;
        }
        ModerationMessages say = language.messages(ModerationMessages.class);
        return articles.find(slug).map(a -> new Notice("success", say.modeChanged(a.title(), a.commentMode().name()),
                false)).orElse(null);
    }

    private Response render(String q, Integer page, Notice notice, int status) {
        String search = q == null || q.isBlank() ? "" : q.strip();
        String needle = search.toLowerCase(Locale.ROOT);
        List<ArticleView> matching = articles.listNewestFirst().stream()
                .filter(a -> needle.isEmpty() || a.title().toLowerCase(Locale.ROOT).contains(needle)
                        || a.slug().contains(needle))
                .toList();
        int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageCount, Math.max(1, page == null ? 1 : page));
        List<ArticleView> shown = matching.subList((current - 1) * PAGE_SIZE,
                Math.min(matching.size(), current * PAGE_SIZE));
        Map<Long, Map<CommentStatus, Long>> counts = comments.countsByArticle(shown.stream().map(ArticleView::id)
                .toList());
        List<ArticleRow> rows = shown.stream().map(a -> new ArticleRow(a, articles.commentModeOf(a),
                counts.getOrDefault(a.id(), Map.of()))).toList();
        String html = Templates.articles(rows, ArticleRow.CHOICES, search, current,
                pageCount, matching.size(), notice).render();
        // The page carries form tokens: nobody may cache it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }

    /** The list's search and page as the start of a query string, so a redirect lands where the form was. */
    private static String query(String q, Integer page) {
        String parts = "";
        if (q != null && !q.isBlank()) {
            parts += "q=" + encode(q.strip()) + "&";
        }
        if (page != null && page > 1) {
            parts += "page=" + page + "&";
        }
        return parts;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
