package org.parley.moderation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.comments.NameHistory;
import org.parley.comments.QueuePage;
import org.parley.comments.QueueQuery;
import org.parley.comments.QueueSort;
import org.parley.comments.QueueTab;
import org.parley.comments.ReviewComment;
import org.parley.filter.Category;
import org.parley.moderation.reports.ReportService;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;

import io.quarkus.security.identity.SecurityIdentity;

/** The moderation JSON API: queues, actions on comments (single, bulk, waves), undo and the audit trail. */
@Path("/api/moderation")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ModerationApiResource {

    public static final int DEFAULT_PAGE_SIZE = 50;

    /** What a remove may say: one of {@link RemoveReason} and an optional note. */
    public record RemoveRequest(String reason, String note) {
    }

    /** A bulk action over the listed comments. */
    public record BulkRequest(String action, List<Long> ids, String reason, String note) {
    }

    @Inject
    ModerationService moderation;

    @Inject
    CommentQueueService queue;

    @Inject
    AuditService audit;

    @Inject
    ArticleService articles;

    @Inject
    ReportService reports;

    @Inject
    SecurityIdentity identity;

    @Inject
    Viewer viewer;

    /**
     * The comments of one tab, as a JSON array; {@code X-Total-Count} and {@code X-Page-Count} tell how many there
     * are in all.
     */
    @GET
    @Path("queue")
    public Response queue(@RestQuery String status, @RestQuery String article, @RestQuery String category,
            @RestQuery String q, @RestQuery String sort, @RestQuery Integer page, @RestQuery Integer size) {
        QueueQuery query = new QueueQuery(parse(() -> QueueTab.parse(status), "status"), articleId(article),
                category == null || category.isBlank() ? null : parse(() -> Category.parse(category), "category"),
                q, parse(() -> QueueSort.parse(sort), "sort"), page == null ? 1 : page,
                size == null ? DEFAULT_PAGE_SIZE : size);
        QueuePage result = queue.queue(query);
        return Response.ok(items(result.items(), query.tab()))
                .header("X-Total-Count", result.total())
                .header("X-Page-Count", result.pageCount())
                .header("Cache-Control", "no-store").build();
    }

    /** How many comments each tab holds. */
    @GET
    @Path("counts")
    public Map<QueueTab, Long> counts(@RestQuery String article) {
        return queue.counts(articleId(article));
    }

    @GET
    @Path("comments/{id}")
    public QueueItem comment(@RestPath long id) {
        ReviewComment c = queue.find(id);
        return items(List.of(c), QueueTab.valueOf(c.status().name())).get(0);
    }

    @GET
    @Path("comments/{id}/history")
    public List<AuditView> history(@RestPath long id) {
        queue.find(id);
        return audit.historyOf(id);
    }

    @POST
    @Path("comments/{id}/approve")
    public QueueItem approve(@RestPath long id, @RestQuery boolean wave) {
        return one(moderation.apply(viewer.name(), ModerationService.Action.APPROVE, ids(id, wave), null, null, null));
    }

    @POST
    @Path("comments/{id}/remove")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public QueueItem remove(@RestPath long id, @RestQuery boolean wave, RemoveRequest body) {
        RemoveReason reason = parse(() -> RemoveReason.parse(body == null ? null : body.reason()), "reason");
        return one(moderation.apply(viewer.name(), ModerationService.Action.REMOVE, ids(id, wave), reason,
                body == null ? null : body.note(), null));
    }

    @POST
    @Path("comments/{id}/restore")
    public QueueItem restore(@RestPath long id) {
        return one(moderation.apply(viewer.name(), ModerationService.Action.RESTORE, List.of(id), null, null, null));
    }

    /** One action over many comments; those that cannot take it are listed in {@code skipped}. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    public ModerationService.Outcome bulk(BulkRequest body) {
        if (body == null || body.ids() == null) {
            throw Refusal.invalid("Send {\"action\": ..., \"ids\": [...]}.", "ids");
        }
        ModerationService.Action action = ModerationService.Action.parse(body.action());
        RemoveReason reason = parse(() -> RemoveReason.parse(body.reason()), "reason");
        return moderation.apply(viewer.name(), action, body.ids(), reason, body.note(),
                body.ids().size() > 1 ? "bulk action on " + body.ids().size() + " comments" : null);
    }

    /** Removes every visible, held or rejected comment by one user name. */
    @POST
    @Path("users/{userName}/remove-all")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public ModerationService.Outcome removeAllBy(@RestPath String userName, RemoveRequest body) {
        List<Long> ids = moderation.everythingBy(userName);
        if (ids.isEmpty()) {
            throw Refusal.notFound("There is nothing to remove by " + userName + ".", "userName");
        }
        RemoveReason reason = parse(() -> RemoveReason.parse(body == null ? null : body.reason()), "reason");
        return moderation.apply(viewer.name(), ModerationService.Action.REMOVE, ids, reason,
                body == null ? null : body.note(), "all comments by " + userName);
    }

    /** Takes back the caller's last action, within {@link ModerationService#UNDO_WINDOW}. */
    @POST
    @Path("undo")
    public ModerationService.UndoOutcome undo() {
        return moderation.undo(viewer.name());
    }

    /** The audit trail, newest first, 100 a page. */
    @GET
    @Path("audit")
    public List<AuditView> audit(@RestQuery String actor, @RestQuery String action, @RestQuery Long commentId,
            @RestQuery Integer page) {
        AuditAction parsed = action == null || action.isBlank() ? null
                : parse(() -> AuditAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT)), "action");
        return audit.search(actor, parsed, commentId, page == null ? 0 : Math.max(0, page - 1));
    }

    private List<Long> ids(long id, boolean wave) {
        if (!wave) {
            return List.of(id);
        }
        ReviewComment c = queue.find(id);
        return queue.waveOf(id, c.status());
    }

    private QueueItem one(ModerationService.Outcome outcome) {
        ReviewComment changed = outcome.changed().get(0);
        return items(List.of(changed), QueueTab.valueOf(changed.status().name())).get(0);
    }

    private List<QueueItem> items(List<ReviewComment> comments, QueueTab tab) {
        Map<Long, ArticleView> byId = articles.listNewestFirst().stream()
                .collect(Collectors.toMap(ArticleView::id, Function.identity()));
        Map<String, NameHistory> history = queue.historyOf(
                comments.stream().map(ReviewComment::userName).collect(Collectors.toSet()));
        CommentStatus waveStatus = tab == QueueTab.REPORTED ? null : CommentStatus.valueOf(tab.name());
        Map<String, Long> waves = waveStatus == null ? Map.of() : queue.waveSizes(comments.stream()
                .map(ReviewComment::textKey).filter(k -> k != null).collect(Collectors.toSet()), waveStatus);
        Map<Long, ReportService.Reports> reported = reports.reportsOn(comments.stream()
                .filter(c -> c.reportCount() > 0).map(ReviewComment::id).toList());
        return comments.stream().map(c -> {
            ArticleView a = byId.get(c.articleId());
            long similar = c.textKey() == null ? 0 : Math.max(0, waves.getOrDefault(c.textKey(), 1L) - 1);
            return QueueItem.of(c, a == null ? null : a.slug(), a == null ? null : a.title(),
                    history.get(c.userName()), similar, reported.get(c.id()));
        }).toList();
    }

    private Long articleId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return articles.find(slug.strip()).map(ArticleView::id)
                .orElseThrow(() -> Refusal.notFound("There is no article " + slug + ".", "article"));
    }


    private static <T> T parse(java.util.function.Supplier<T> parser, String field) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(e.getMessage(), field);
        }
    }
}
