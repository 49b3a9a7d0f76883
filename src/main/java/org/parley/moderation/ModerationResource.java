package org.parley.moderation;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.comments.QueueTab;
import org.parley.moderation.bans.BanDraft;
import org.parley.moderation.bans.BanLength;
import org.parley.moderation.bans.BanService;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ErrorMappers;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * The moderators' dashboard: the queue in tabs, actions on one comment, a selection, a wave or everything by
 * one name, bans on a card's user name or address, undo, a comment's history and the audit log. Every action is a plain form post that redirects back
 * to the same place; the page's script posts the same forms asking for JSON and updates the page in place.
 */
@Path("/moderation")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class ModerationResource {

    private static final List<QueueTab> TABS = List.of(QueueTab.values());
    private static final List<RemoveReason> REASONS = List.of(RemoveReason.values());
    private static final List<AuditAction> AUDIT_ACTIONS = List.of(AuditAction.values());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ModerationDashboard.Page page,
                List<QueueTab> tabs, List<RemoveReason> reasons, List<BanLength> lengths, BanDraft draft,
                Notice notice, long undoSeconds);

        static native TemplateInstance comment(QueueCard card, List<AuditView> history,
                List<RemoveReason> reasons, List<BanLength> lengths, BanDraft draft, QueueView back);

        static native TemplateInstance audit(List<AuditView> entries, String filterActor,
                String filterAction, List<AuditAction> actions, int page, boolean hasMore);
    }

    /** What a script gets back from a ban made on a card: {@code banned} is {@code name} or {@code address}. */
    public record BanResult(String kind, String message, boolean undoable, long commentId, String banned) {
    }

    /** What a script gets back from an action: what changed, what was skipped and the new tab counts. */
    public record ActionResult(String kind, String message, boolean undoable, List<Long> changed,
            List<ModerationService.Skipped> skipped, List<Long> reverted, Map<String, Long> counts) {
    }

    @Inject
    ModerationDashboard dashboard;

    @Inject
    ModerationService moderation;

    @Inject
    AuditService audit;

    @Inject
    BanService bans;

    @Inject
    QueueEvents events;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response queue(@RestQuery String tab, @RestQuery String article, @RestQuery String category,
            @RestQuery String q, @RestQuery String sort, @RestQuery Integer page, @RestQuery String done,
            @RestQuery Integer n, @RestQuery Integer s, @RestQuery Integer left) {
        QueueView view = QueueView.parse(tab, article, category, q, sort, page);
        return render(view, Notice.fromCodes(done, n, s, left, say()), 200, BanDraft.NONE);
    }

    /** The tab counts whenever they change (checked every few seconds in the database, so every node sees all). */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<Map<String, Long>> events(@RestQuery String article) {
        return events.counts(dashboard.articleId(article));
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestForm String action, @RestForm List<Long> ids, @RestForm List<Long> waves,
            @RestForm String reason, @RestForm String note, @RestForm String back,
            @RestHeader(HttpHeaders.ACCEPT) String accept) {
        QueueView view = QueueView.fromQuery(back);
        try {
            ModerationService.Action chosen = ModerationService.Action.parse(action);
            List<Long> targets = dashboard.expand(ids, waves);
            ModerationService.Outcome outcome = moderation.apply(viewer.name(), chosen, targets,
                    removeReason(chosen, reason),
                    cleanNote(note), waves == null || waves.isEmpty() ? null : "similar comments acted on together");
            return done(view, chosen.name().toLowerCase(java.util.Locale.ROOT), outcome, accept);
        } catch (Refusal e) {
            return failed(view, e, accept);
        }
    }

    @POST
    @Path("remove-user")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeEverythingBy(@RestForm String userName, @RestForm String reason, @RestForm String note,
            @RestForm String back, @RestHeader(HttpHeaders.ACCEPT) String accept) {
        QueueView view = QueueView.fromQuery(back);
        try {
            if (userName == null || userName.isBlank()) {
                throw Refusal.invalid("Say whose comments to remove.", "userName");
            }
            List<Long> ids = moderation.everythingBy(userName);
            if (ids.isEmpty()) {
                throw Refusal.conflict("There is nothing left to remove by that user name.", "userName");
            }
            ModerationService.Outcome outcome = moderation.apply(viewer.name(), ModerationService.Action.REMOVE, ids,
                    removeReason(ModerationService.Action.REMOVE, reason), cleanNote(note),
                    "everything by this user name");
            return done(view, "remove-user", outcome, accept);
        } catch (Refusal e) {
            return failed(view, e, accept);
        }
    }

    /** Bans the user name ({@code kind=name}) or the client ({@code kind=address}) of the card's comment. */
    @POST
    @Path("ban")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ban(@RestForm Long commentId, @RestForm String kind, @RestForm String reason,
            @RestForm String days, @RestForm String back, @RestHeader(HttpHeaders.ACCEPT) String accept) {
        QueueView view = QueueView.fromQuery(back);
        BanDraft draft = new BanDraft(commentId, null, reason, days);
        try {
            if (commentId == null) {
                throw Refusal.invalid("Say whose comment the ban is for.", "commentId");
            }
            boolean address = "address".equalsIgnoreCase(kind == null ? "" : kind.strip());
            if (!address && !"name".equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                throw Refusal.invalid("Choose to ban the name or the address.", "kind");
            }
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalid("Give a reason for the ban.", "reason");
            }
            BanLength length = BanLength.parse(days);
            bans.ban(viewer.name(), new BanService.NewBan(address ? "CLIENT" : "USER_NAME", null, commentId, reason,
                    length.days()));
            String what = address ? "ban-address" : "ban-name";
            if (wantsJson(accept)) {
                Notice notice = Notice.fromCodes(what, length.code(), 0, 0, say());
                return Response.ok(new BanResult(notice.kind(), notice.message(), false, commentId,
                        address ? "address" : "name"), MediaType.APPLICATION_JSON).build();
            }
            return redirect(view, "done=" + what + "&n=" + length.code());
        } catch (Refusal e) {
            return failed(view, e, accept, draft);
        }
    }

    @POST
    @Path("undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undo(@RestForm String back, @RestHeader(HttpHeaders.ACCEPT) String accept) {
        QueueView view = QueueView.fromQuery(back);
        try {
            ModerationService.UndoOutcome outcome = moderation.undo(viewer.name());
            Notice notice = Notice.fromCodes("undo", outcome.reverted().size(), 0, outcome.leftAlone().size(), say());
            if (wantsJson(accept)) {
                return Response.ok(new ActionResult(notice.kind(), notice.message(), false, List.of(), List.of(),
                        outcome.reverted(), counts(view)), MediaType.APPLICATION_JSON).build();
            }
            return redirect(view, "done=undo&n=" + outcome.reverted().size() + "&left=" + outcome.leftAlone().size());
        } catch (Refusal e) {
            return failed(view, e, accept);
        }
    }

    @GET
    @Path("comments/{id}")
    @Produces(Pages.HTML)
    public TemplateInstance comment(@RestPath long id, @RestQuery String back) {
        QueueCard card = dashboard.card(id);
        return Templates.comment(card, audit.historyOf(id), REASONS, BanLength.CHOICES,
                BanDraft.NONE, QueueView.fromQuery(back));
    }

    @GET
    @Path("audit")
    @Produces(Pages.HTML)
    public TemplateInstance auditLog(@RestQuery String actor, @RestQuery String action, @RestQuery Integer page) {
        AuditAction chosen = parseAuditAction(action);
        int current = Math.max(1, page == null ? 1 : page);
        List<AuditView> entries = audit.search(actor, chosen, null, current - 1);
        String shownActor = actor == null ? "" : actor.strip();
        return Templates.audit(entries, shownActor, chosen == null ? "" : chosen.name(),
                AUDIT_ACTIONS, current, entries.size() == AuditService.PAGE_SIZE);
    }

    private ModerationMessages say() {
        return language.messages(ModerationMessages.class);
    }

    private Response render(QueueView view, Notice notice, int status, BanDraft draft) {
        ModerationDashboard.Page page = dashboard.page(view);
        String html = Templates.queue(page, TABS, REASONS, BanLength.CHOICES, draft, notice,
                ModerationService.UNDO_WINDOW.toSeconds()).render();
        // Pages carry form tokens and readers' unpublished words: nobody may cache them.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }

    private Response done(QueueView view, String what, ModerationService.Outcome outcome, String accept) {
        int changed = outcome.changed().size();
        int skipped = outcome.skipped().size();
        if (wantsJson(accept)) {
            Notice notice = Notice.fromCodes(what, changed, skipped, 0, say());
            return Response.ok(new ActionResult(notice.kind(), notice.message(), notice.undoable(),
                    outcome.changed().stream().map(c -> c.id()).toList(), outcome.skipped(), List.of(), counts(view)),
                    MediaType.APPLICATION_JSON).build();
        }
        return redirect(view, "done=" + what + "&n=" + changed + (skipped > 0 ? "&s=" + skipped : ""));
    }

    private Response failed(QueueView view, Refusal e, String accept) {
        return failed(view, e, accept, BanDraft.NONE);
    }

    private Response failed(QueueView view, Refusal e, String accept, BanDraft draft) {
        int status = ErrorMappers.statusOf(e);
        if (wantsJson(accept)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(new org.parley.shared.web.ApiError(e.getMessage(), e.field())).build();
        }
        return render(view, Notice.error(e.getMessage()), status, draft);
    }

    private Map<String, Long> counts(QueueView view) {
        return ModerationDashboard.countsByKey(dashboard.counts(dashboard.articleId(view.article())));
    }

    private static Response redirect(QueueView view, String codes) {
        String query = view.query();
        return Response.seeOther(URI.create("/moderation?" + (query.isEmpty() ? "" : query + "&") + codes)).build();
    }

    private static boolean wantsJson(String accept) {
        return accept != null && accept.startsWith(MediaType.APPLICATION_JSON);
    }

    private static RemoveReason removeReason(ModerationService.Action action, String reason) {
        if (action != ModerationService.Action.REMOVE) {
            return null;
        }
        try {
            return RemoveReason.parse(reason);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("Choose a reason from the list.", "reason");
        }
    }

    private static String cleanNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.length() > 500) {
            throw Refusal.invalid("A note can be at most 500 characters.", "note");
        }
        return clean;
    }

    private static AuditAction parseAuditAction(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equalsIgnoreCase(action.strip())).findFirst()
                .orElseThrow(() -> Refusal.invalid("There is no action \"" + action.strip()
                        + "\" in the audit log.", "action"));
    }
}
