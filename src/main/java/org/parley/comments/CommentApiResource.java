package org.parley.comments;

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

import org.jboss.resteasy.reactive.RestPath;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.filter.Category;
import org.parley.filter.Hit;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ApiError;
import org.parley.shared.web.ClientAddress;

import io.vertx.core.http.HttpServerRequest;

/** The JSON API for reading and posting comments on an article. */
@Path("/api/articles/{slug}/comments")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CommentApiResource {

    /**
     * Why a comment was held or refused, as a reader may know it: the category and a sentence. Rule names,
     * scores and matched words are for staff (the queue, the check API); told to anyone, they would let a
     * spammer probe the filter a word at a time.
     */
    public record Reason(Category category, String message) {
        static List<Reason> of(List<Hit> hits, CommentMessages say) {
            return hits.stream().map(Hit::category).distinct()
                    .map(c -> new Reason(c, say.reason(c))).toList();
        }
    }

    /** The answer to a stored comment. */
    public record Posted(long id, CommentStatus status, String message, List<Reason> reasons) {
    }

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    ClientAddress clients;

    @Inject
    Language language;

    @GET
    public List<CommentView> list(@RestPath String slug) {
        return comments.published(article(slug).id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@RestPath String slug, NewComment input, HttpServerRequest request) {
        ArticleView article = article(slug);
        if (input == null) {
            throw Refusal.invalid("Send a JSON object with userName and text.");
        }
        SubmissionOutcome outcome = comments.submit(article, input, clients.keyOf(request));
        CommentMessages say = language.messages(CommentMessages.class);
        if (outcome instanceof SubmissionOutcome.Accepted a) {
            return Response.status(201)
                    .entity(new Posted(a.commentId(), a.status(), say.outcome(a.status(), a.verdict().category()),
                            Reason.of(a.verdict().enforcedHits(), say)))
                    .build();
        }
        if (outcome instanceof SubmissionOutcome.Limited limited) {
            return Response.status(429).header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()))
                    .entity(ApiError.of(limited.message(say))).build();
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            return Response.status(403).entity(ApiError.of(refused.message(say))).build();
        }
        if (outcome instanceof SubmissionOutcome.Unavailable unavailable) {
            return Response.status(503).header("Retry-After", unavailable.retryAfter().toSeconds())
                    .entity(ApiError.of(unavailable.message(say))).build();
        }
        Map.Entry<String, String> first = ((SubmissionOutcome.Invalid) outcome).errors().entrySet().iterator().next();
        return Response.status(400).entity(new ApiError(first.getValue(), first.getKey())).build();
    }

    private ArticleView article(String slug) {
        return articles.find(slug).orElseThrow(() -> Refusal.notFound("There is no article " + slug + "."));
    }
}
