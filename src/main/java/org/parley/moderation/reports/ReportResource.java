package org.parley.moderation.reports;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.comments.CommentService;
import org.parley.comments.ReviewComment;
import org.parley.shared.Refusal;
import org.parley.shared.language.CommonMessages;
import org.parley.shared.language.Language;
import org.parley.shared.web.ClientAddress;
import org.parley.shared.web.Pages;
import org.parley.shared.web.SiteInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** The reader's report page for one published comment, linked from under each comment on the article page. */
@Path("/articles/{slug}/comments/{id}/report")
@PermitAll
public class ReportResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(SiteInfo site, ReportForm form);
    }

    /** The report form as one reader sees it: the comment, what they chose and typed, and what was wrong. */
    public record ReportForm(ArticleView article, String action, String userName, String text,
            List<ReportReason> reasons, String reason, String note, Map<String, String> errors, int noteMax) {

        public boolean chose(ReportReason r) {
            return ReportReason.parse(reason) == r;
        }
    }

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    ReportService reports;

    @Inject
    ClientAddress clients;

    @Inject
    SiteInfo siteInfo;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response show(@RestPath String slug, @RestPath long id) {
        ArticleView article = find(slug);
        return page(article, reports.reportable(id, article.id()), null, null, Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response report(@RestPath String slug, @RestPath long id, @RestForm String reason, @RestForm String note,
            HttpServerRequest request) {
        ArticleView article = find(slug);
        ReportService.Outcome outcome = reports.report(id, article.id(), reason, note, clients.keyOf(request));
        if (outcome instanceof ReportService.Accepted) {
            return Response.seeOther(URI.create(article.path() + "?page=" + comments.pageOf(id)
                    + "&posted=reported#add-comment")).build();
        }
        ReviewComment comment = reports.reportable(id, article.id());
        if (outcome instanceof ReportService.Limited limited) {
            return Response.fromResponse(page(article, comment, reason, note, Map.of("form", limited.message(language.messages(ReportMessages.class))), 429))
                    .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds())).build();
        }
        return page(article, comment, reason, note, ((ReportService.Invalid) outcome).errors(), 400);
    }

    private Response page(ArticleView article, ReviewComment comment, String reason, String note,
            Map<String, String> errors, int status) {
        ReportForm form = new ReportForm(article, article.path() + "/comments/" + comment.id() + "/report",
                comment.userName(), comment.text(), List.of(ReportReason.values()), reason == null ? "" : reason,
                note == null ? "" : note, errors, ReportService.NOTE_MAX);
        String html = Templates.report(siteInfo, form).render();
        // The page carries this visitor's CSRF token: no shared cache may keep it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }

    private ArticleView find(String slug) {
        return articles.find(slug)
                .orElseThrow(() -> Refusal.notFound(language.messages(CommonMessages.class).noArticleHere()));
    }
}
