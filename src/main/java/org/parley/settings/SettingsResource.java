package org.parley.settings;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
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
 * The admins' settings page: the filter's thresholds per category, the site's policies (what profanity and
 * reclaimed slurs do to a comment) and the moderation defaults, each showing
 * whether it comes from configuration or from an admin, with a reset to the configured value. Plain forms that
 * redirect back with a notice; a refused change shows the page again (400) with the error at its field and what
 * was typed kept.
 */
@Path("/admin/settings")
@RolesAllowed(Roles.ADMIN)
public class SettingsResource {

    private static final String PAGE = "/admin/settings";

    /** A setting with what its field shows: the value in force, or what was typed before an error. */
    public record Field(SettingsAdminService.SettingView setting, String shown, boolean invalid) {
    }

    /** A category's thresholds with what their fields show. */
    public record ThresholdField(SettingsAdminService.ThresholdView threshold, String hold, String reject,
            boolean holdInvalid, boolean rejectInvalid) {
    }

    /**
     * A site policy with what its field shows; {@code typedOther} is a value typed (or sent) that is none of the
     * choices, shown again as it was next to the error.
     */
    public record PolicyField(SettingsAdminService.PolicyView policy, String shown, boolean invalid) {

        public boolean typedOther() {
            return !SettingsAdminService.POLICY_VALUES.contains(shown);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<Field> fields,
                List<ThresholdField> thresholds, List<PolicyField> policies,
                List<SettingsAdminService.Choice> policyChoices, String note, String policyNote, boolean captchaOff,
                PageNotice notice);
    }

    @Inject
    SettingsAdminService settings;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response page(@RestQuery String done, @RestQuery String name) {
        return render(notice(done, name), null, Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, String> typed = fields(form);
        typed.keySet().removeIf(k -> settings.list().stream().noneMatch(s -> s.name().equals(k)));
        try {
            int changed = settings.change(viewer.name(), typed);
            return Response.seeOther(URI.create(PAGE + "?done=" + (changed == 0 ? "unchanged" : "saved"))).build();
        } catch (Refusal e) {
            return failed(e, typed);
        }
    }

    @POST
    @Path("{name}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response reset(@RestPath String name) {
        try {
            settings.reset(viewer.name(), name);
            return Response.seeOther(URI.create(PAGE + "?done=reset&name=" + settings.find(name).name())).build();
        } catch (Refusal e) {
            return failed(e, Map.of());
        }
    }

    @POST
    @Path("thresholds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response thresholds(MultivaluedMap<String, String> form) {
        Map<String, String> typed = fields(form);
        try {
            long version = settings.changeThresholds(viewer.name(), typed, typed.get("note"));
            return Response.seeOther(URI.create(PAGE + "?done=" + (version < 0 ? "unchanged" : "thresholds")))
                    .build();
        } catch (Refusal e) {
            return failed(e, typed);
        }
    }

    @POST
    @Path("policies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response policies(MultivaluedMap<String, String> form) {
        Map<String, String> typed = fields(form);
        try {
            long version = settings.changePolicies(viewer.name(), typed, typed.get("policyNote"));
            return Response.seeOther(URI.create(PAGE + "?done=" + (version < 0 ? "unchanged" : "policies")))
                    .build();
        } catch (Refusal e) {
            return failed(e, typed);
        }
    }

    /** The notice after a redirect, from codes and stored names only, so a crafted link cannot make it say anything. */
    private PageNotice notice(String done, String name) {
        if (done == null) {
            return null;
        }
        SettingsMessages say = language.messages(SettingsMessages.class);
        return switch (done) {
            case "saved" -> PageNotice.success(say.saved());
            case "unchanged" -> PageNotice.success(say.unchanged());
            case "thresholds" -> PageNotice.success(say.thresholdsSaved());
            case "policies" -> PageNotice.success(say.policiesSaved());
            case "reset" -> settings.list().stream().filter(s -> s.name().equals(name)).findFirst()
                    .map(s -> PageNotice.success(say.resetDone(s.name(), s.value())))
                    .orElse(null);
            default -> null;
        };
    }

    private static Map<String, String> fields(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.equals("csrf-token") && v != null && !v.isEmpty()) {
                typed.put(k, v.get(0) == null ? "" : v.get(0));
            }
        });
        return typed;
    }

    private Response failed(Refusal e, Map<String, String> typed) {
        return render(PageNotice.error(e.getMessage()), e.field(), typed, ErrorMappers.statusOf(e));
    }

    private Response render(PageNotice notice, String errorField, Map<String, String> typed, int status) {
        Map<String, String> kept = new HashMap<>(typed);
        List<SettingsAdminService.SettingView> all = settings.list();
        List<Field> fields = all.stream().map(s -> new Field(s, kept.getOrDefault(s.name(), s.value()),
                s.name().equals(errorField))).toList();
        List<ThresholdField> thresholds = settings.thresholds().stream().map(t -> new ThresholdField(t,
                kept.getOrDefault(t.category() + ".hold", String.valueOf(t.hold())),
                kept.getOrDefault(t.category() + ".reject", String.valueOf(t.reject())),
                (t.category() + ".hold").equals(errorField), (t.category() + ".reject").equals(errorField))).toList();
        List<PolicyField> policies = settings.policies().stream().map(p -> new PolicyField(p,
                kept.getOrDefault(p.field(), p.value()), p.field().equals(errorField))).toList();
        boolean captchaOff = all.stream().anyMatch(s -> s.name().equals("captchaEnabled") && s.value().equals("false"));
        String html = Templates.settings(fields, thresholds, policies,
                settings.policyChoices(), kept.getOrDefault("note", ""), kept.getOrDefault("policyNote", ""), captchaOff,
                notice).render();
        // The page carries form tokens: nobody may cache it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }
}
