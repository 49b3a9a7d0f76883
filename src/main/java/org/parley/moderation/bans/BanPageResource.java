package org.parley.moderation.bans;

import java.net.URI;
import java.util.List;

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
import org.parley.moderation.ModerationConfig;
import org.parley.moderation.ModerationSettings;
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
 * The moderators' page of bans: who is banned, why, by whom and until when; lifting a ban and banning a user
 * name. Plain forms that redirect back here; bans of an address are made from a comment's card, where the
 * address is known.
 */
@Path("/moderation/bans")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class BanPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bans(List<BanView> active, List<BanView> ended,
                List<BanLength> lengths, BanDraft draft, boolean refuse, Notice notice);
    }

    @Inject
    BanService bans;

    @Inject
    ModerationSettings moderation;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response page(@RestQuery String done, @RestQuery Integer n) {
        return render(notice(done, n, language.messages(ModerationMessages.class)), BanDraft.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response ban(@RestForm String name, @RestForm String reason, @RestForm String days) {
        BanDraft draft = new BanDraft(null, name, reason, days);
        try {
            if (name == null || name.isBlank()) {
                throw Refusal.invalid("Say which user name to ban.", "name");
            }
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalid("Give a reason for the ban.", "reason");
            }
            BanLength length = BanLength.parse(days);
            bans.ban(viewer.name(), new BanService.NewBan("USER_NAME", name, null, reason, length.days()));
            return Response.seeOther(URI.create("/moderation/bans?done=ban&n=" + length.code())).build();
        } catch (Refusal e) {
            return render(Notice.error(e.getMessage()), draft, ErrorMappers.statusOf(e));
        }
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response lift(@RestPath long id) {
        try {
            bans.lift(viewer.name(), id);
            return Response.seeOther(URI.create("/moderation/bans?done=lift")).build();
        } catch (Refusal e) {
            return render(Notice.error(e.getMessage()), BanDraft.NONE, ErrorMappers.statusOf(e));
        }
    }

    /** The notice after a redirect, from codes only (see {@link Notice}). */
    static Notice notice(String done, Integer n, ModerationMessages say) {
        if ("ban".equals(done)) {
            return new Notice("success", say.nameBanned(n == null ? 0 : n), false);
        }
        if ("lift".equals(done)) {
            return new Notice("success", say.banLifted(), false);
        }
        return null;
    }

    private Response render(Notice notice, BanDraft draft, int status) {
        List<BanView> all = bans.list();
        String html = Templates.bans(all.stream().filter(BanView::active).toList(),
                all.stream().filter(b -> !b.active()).toList(), BanLength.CHOICES, draft,
                moderation.banAction() == ModerationConfig.BanAction.REFUSE, notice).render();
        // The page carries form tokens: nobody may cache it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }
}
