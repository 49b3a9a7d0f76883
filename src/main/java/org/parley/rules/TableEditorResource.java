package org.parley.rules;

import java.net.URI;

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
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.PageNotice;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The leetspeak and look-alike tables as an HTML page for admins, next to the rule editor. The JSON twin is
 * {@code /api/rules/tables} in {@link RulesResource}.
 */
@Path("/admin/rules/tables")
@RolesAllowed(Roles.ADMIN)
public class TableEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tables(TableEditorService.Form form,
                TableEditorService.State state, boolean liveIsShipped, boolean filledShipped, PageNotice notice);
    }

    @Inject
    TableEditorService editor;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    /** The tables in force; {@code fill=shipped} fills the form with Parley's own instead, saving nothing. */
    @GET
    @Produces(Pages.HTML)
    public TemplateInstance page(@RestQuery String fill, @RestQuery String done, @RestQuery Long version) {
        boolean shipped = "shipped".equals(fill);
        PageNotice notice = "saved".equals(done) && version != null
                ? PageNotice.success(language.messages(RuleMessages.class).tablesSaved(version))
                : null;
        return Templates.tables(shipped ? editor.shipped() : editor.live(),
                TableEditorService.State.clean(), editor.liveIsShipped(), shipped, notice);
    }

    /** A draft kept when its back-test was started, with that back-test's state and any warning. */
    @GET
    @Path("drafts/{key}")
    @Produces(Pages.HTML)
    public TemplateInstance draft(@RestPath String key) {
        TableEditorService.Drafted draft = editor.draft(key).orElseThrow(() -> Refusal.notFound(
                "That draft is no longer kept (drafts are kept for an hour); edit the tables again."));
        return Templates.tables(draft.form(), draft.state(), editor.liveIsShipped(), false,
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response submit(@RestForm String leet, @RestForm String lookalikes, @RestForm String note,
            @RestForm String action) {
        TableEditorService.Form form = new TableEditorService.Form(s(leet), s(lookalikes), s(note));
        TableEditorService.Outcome outcome = editor.submit(viewer.name(), form, action == null ? "save" : action);
        if (outcome instanceof TableEditorService.Outcome.Saved saved) {
            return Response.seeOther(URI.create("/admin/rules/tables?done=saved&version=" + saved.version())).build();
        }
        if (outcome instanceof TableEditorService.Outcome.BacktestStarted started) {
            return Response.seeOther(URI.create("/admin/rules/tables/drafts/" + started.draftKey())).build();
        }
        TableEditorService.Outcome.Shown shown = (TableEditorService.Outcome.Shown) outcome;
        return Response.status(shown.status()).entity(Templates.tables(form, shown.state(),
                editor.liveIsShipped(), false, null)).build();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
