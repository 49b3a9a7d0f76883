package org.parley.rules;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.filter.Category;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ErrorMappers;
import org.parley.shared.web.PageNotice;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admins' rule editor as HTML pages that work without JavaScript: the list, one rule's form, the versions
 * with their differences and restore. The JSON twin is {@link RulesResource}.
 */
@Path("/admin/rules")
@RolesAllowed(Roles.ADMIN)
public class RuleEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<RuleEditorService.Row> rules,
                RuleEditorService.ListQuery query, List<String> types, List<String> categories, PageNotice notice);

        static native TemplateInstance editor(RuleForm form,
                RuleEditorService.EditorState state, List<String> categories);

        static native TemplateInstance versions(List<RuleVersionService.VersionView> versions,
                long live, RuleSetDiff diff, String restorePath, PageNotice notice);
    }

    @Inject
    RuleEditorService editor;

    @Inject
    RuleAdminService rules;

    @Inject
    Viewer viewer;

    @Inject
    RuleVersionService versions;

    @Inject
    RuleOrderService order;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public TemplateInstance list(@RestQuery String q, @RestQuery String type, @RestQuery String category,
            @RestQuery String mode, @RestQuery String enabled, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String done, @RestQuery Long id, @RestQuery String error) {
        RuleEditorService.ListQuery query = new RuleEditorService.ListQuery(s(q), s(type), s(category), s(mode),
                s(enabled), s(sort), s(dir));
        return Templates.list(editor.list(query), query, types(), categories(),
                notice(done, id, error));
    }

    @GET
    @Path("new")
    @Produces(Pages.HTML)
    public TemplateInstance create(@RestQuery String type) {
        String t = type == null ? "TERMS" : type;
        if (types().stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
            throw Refusal.invalid("There is no rule type " + t + ".", "type");
        }
        return Templates.editor(RuleForm.blank(t), RuleEditorService.EditorState.clean(),
                categories());
    }

    @GET
    @Path("{id: \\d+}")
    @Produces(Pages.HTML)
    public TemplateInstance edit(@RestPath long id) {
        return Templates.editor(editor.formOf(id), RuleEditorService.EditorState.clean(),
                categories());
    }

    /** A draft kept when its back-test was started, shown with that back-test's state and any warning. */
    @GET
    @Path("drafts/{key}")
    @Produces(Pages.HTML)
    public TemplateInstance draft(@RestPath String key) {
        var draft = editor.draft(key).orElseThrow(() -> Refusal.notFound(
                "That draft is no longer kept (drafts are kept for an hour); edit the rule again."));
        Optional<BacktestService.Job> job = draft.getValue();
        return Templates.editor(draft.getKey(),
                editor.stateOf(draft.getKey(), key, job.orElse(null)), categories());
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response submit(MultivaluedMap<String, String> fields) {
        RuleForm form = RuleForm.from(fields);
        String action = fields.getFirst("action");
        RuleEditorService.Outcome outcome = editor.submit(viewer.name(), form, action == null ? "save" : action);
        if (outcome instanceof RuleEditorService.Outcome.Saved saved) {
            return back("done=saved&id=" + saved.id());
        }
        if (outcome instanceof RuleEditorService.Outcome.BacktestStarted started) {
            return Response.seeOther(URI.create("/admin/rules/drafts/" + started.draftKey())).build();
        }
        RuleEditorService.Outcome.Shown shown = (RuleEditorService.Outcome.Shown) outcome;
        return Response.status(shown.status())
                .entity(Templates.editor(form, shown.state(), categories())).build();
    }

    @POST
    @Path("{id: \\d+}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEnabled(@RestPath long id, @RestForm String enabled) {
        boolean on = "true".equals(enabled);
        try {
            rules.update(viewer.name(), id, RulePatch.enabled(on), null);
            return back("done=" + (on ? "enabled" : "disabled") + "&id=" + id);
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            return back("error=refused");
        }
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        try {
            rules.delete(viewer.name(), id, null);
            return back("done=deleted");
        } catch (Refusal e) {
            if (e.kind() != Refusal.Kind.CONFLICT) {
                throw e;
            }
            return back("error=in-use&id=" + id);
        }
    }

    /**
     * The list's Move up / Move down buttons: one place in the whole list. Back to the list at the rule's row; a
     * refused move (a combination would come before a rule it names) shows the list with the reason.
     */
    @POST
    @Path("{id: \\d+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response move(@RestPath long id, @RestForm String direction) {
        int step = switch (direction == null ? "" : direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw Refusal.invalid("Say which way to move the rule: up or down.", "direction");
        };
        try {
            order.moveBy(viewer.name(), id, step);
            return Response.seeOther(URI.create("/admin/rules?done=moved-" + direction + "&id=" + id + "#rule-" + id))
                    .build();
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            RuleEditorService.ListQuery all = new RuleEditorService.ListQuery("", "", "", "", "", "", "");
            return Response.status(ErrorMappers.statusOf(e)).entity(Templates.list(editor.list(all), all, types(), categories(), PageNotice.error("Not moved: " + e.getMessage())))
                    .build();
        }
    }

    @GET
    @Path("versions")
    @Produces(Pages.HTML)
    public TemplateInstance versions(@RestQuery Long compare, @RestQuery String done, @RestQuery Long id) {
        long live = versions.liveVersion();
        RuleSetDiff diff = compare == null ? null : versions.diff(compare, live);
        PageNotice notice = "restored".equals(done) && id != null
                ? PageNotice.success(say().restored(id))
                : null;
        return Templates.versions(versions.versions(), live, diff,
                compare == null ? "" : "/admin/rules/versions/" + compare + "/restore", notice);
    }

    @POST
    @Path("versions/{id: \\d+}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath long id, @RestForm String confirm, @RestForm String note) {
        if (!"yes".equals(confirm)) {
            throw Refusal.invalid("Tick the box to confirm the restore.", "confirm");
        }
        RuleVersionService.VersionView v = versions.restore(viewer.name(), id, note == null || note.isBlank() ? null : note);
        return Response.seeOther(URI.create("/admin/rules/versions?done=restored&id=" + v.id())).build();
    }

    /**
     * The notice a redirect's code asks for, built from the code and the rule as stored, never from text in the
     * address, so that a crafted link cannot make the page say anything.
     */
    private PageNotice notice(String done, Long id, String error) {
        String name = null;
        int number = 0;
        if (id != null) {
            List<RuleSpec> specs = rules.specs();
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).id().equals(id)) {
                    name = specs.get(i).name();
                    number = i + 1;
                }
            }
        }
        if (error != null) {
            return switch (error) {
                case "in-use" -> PageNotice.error(say().notDeletedInUse(name));
                case "refused" -> PageNotice.error(say().refused());
                default -> null;
            };
        }
        if ("deleted".equals(done)) {
            return PageNotice.success(say().ruleDeleted());
        }
        if (done == null || name == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> PageNotice.success(say().ruleSaved(name));
            case "enabled" -> PageNotice.success(say().ruleEnabled(name));
            case "disabled" -> PageNotice.success(say().ruleDisabled(name));
            case "moved-up", "moved-down" -> PageNotice.success(say().ruleMoved(name, done.equals("moved-up"), number));
            default -> null;
        };
    }

    private RuleMessages say() {
        return language.messages(RuleMessages.class);
    }

    private static Response back(String query) {
        return Response.seeOther(URI.create("/admin/rules?" + query)).build();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static List<String> types() {
        return Arrays.stream(RuleType.values()).map(Enum::name).toList();
    }

    private static List<String> categories() {
        return Arrays.stream(Category.values()).map(Category::key).toList();
    }
}
