package org.parley.moderation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.FilterService;
import org.parley.security.Roles;
import org.parley.shared.Refusal;

/**
 * Checks any texts against the live rules, optionally as comments on an article (for relevance), without
 * storing or counting them: for moderators who want to know why, and for scripts that check in bulk.
 */
@Path("/api/filter/check")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class FilterCheckResource {

    public static final int MAX_TEXTS = 1000;
    public static final int MAX_TEXT_LENGTH = 20_000;

    /** What to check: the texts, and optionally the slug of the article they respond to. */
    public record CheckRequest(String article, List<String> texts, String userName) {
    }

    @Inject
    FilterService filter;

    @Inject
    ArticleService articles;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<Verdict> check(CheckRequest request) {
        if (request == null || request.texts() == null) {
            throw Refusal.invalid("Send {\"texts\": [...]} with up to " + MAX_TEXTS + " texts.", "texts");
        }
        if (request.texts().size() > MAX_TEXTS) {
            throw Refusal.invalid("At most " + MAX_TEXTS + " texts per request.", "texts");
        }
        Submission.Context context = null;
        if (request.article() != null && !request.article().isBlank()) {
            ArticleView article = articles.find(request.article())
                    .orElseThrow(() -> Refusal.notFound("There is no article " + request.article() + ".",
                            "article"));
            context = article.filterContext();
        }
        Submission.Context about = context;
        return request.texts().stream().map(text -> {
            if (text == null) {
                throw Refusal.invalid("A text cannot be null.", "texts");
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw Refusal.invalid("A text can be at most " + MAX_TEXT_LENGTH + " characters.", "texts");
            }
            return filter.check(new Submission(text, request.userName(), about));
        }).toList();
    }
}
