package org.parley.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.NewArticle;
import org.parley.comments.CommentService;
import org.parley.security.Roles;
import org.parley.shared.Refusal;

/** The JSON API for articles: anyone can list them, admins publish them. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApiResource {

    /** An article in the list. */
    public record Summary(String slug, String title, String source, Instant publishedAt, long commentCount) {
    }

    /** A published article, as created. */
    public record Created(String slug, String title, String source, String author, Instant publishedAt,
            List<String> tags, String url) {
    }

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @GET
    @PermitAll
    public List<Summary> list() {
        Map<Long, Long> counts = comments.publishedCounts();
        return articles.listNewestFirst().stream()
                .map(a -> new Summary(a.slug(), a.title(), a.source(), a.publishedAt(), counts.getOrDefault(a.id(), 0L)))
                .toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewArticle input) {
        if (input == null) {
            throw Refusal.invalid("Send a JSON object with at least a title and a body.");
        }
        ArticleView a = articles.create(input);
        return Response.status(201).header("Location", a.path())
                .entity(new Created(a.slug(), a.title(), a.source(), a.author(), a.publishedAt(), a.tags(), a.path()))
                .build();
    }
}
