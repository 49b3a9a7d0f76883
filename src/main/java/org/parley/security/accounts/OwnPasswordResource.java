package org.parley.security.accounts;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.security.Roles;
import org.parley.security.SecurityMessages;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ClientAddress;
import org.parley.shared.web.ErrorMappers;
import org.parley.shared.web.PageNotice;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** A moderator or admin changes their own password: a plain form that redirects back with a notice. */
@Path("/account/password")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class OwnPasswordResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(PageNotice notice, String errorField);
    }

    @Inject
    AccountAdminService accounts;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @Inject
    ClientAddress clients;

    @Inject
    org.parley.security.SessionLifetime sessions;

    @GET
    @Produces(Pages.HTML)
    public Response page(@RestQuery String done) {
        PageNotice notice = "changed".equals(done)
                ? PageNotice.success(language.messages(SecurityMessages.class).passwordChanged())
                : null;
        return render(notice, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm String password, @RestForm String repeat,
            HttpServerRequest http,
            io.vertx.ext.web.RoutingContext rc) {
        try {
            // Only the page asks twice: a typo in a password nobody can see would lock its owner out.
            if (password != null && !password.equals(repeat)) {
                throw Refusal.invalid("The new password and its repetition differ. Please type them again.",
                        "repeat");
            }
            accounts.changeOwnPassword(viewer.name(), clients.keyOf(http),
                    new AccountAdminService.PasswordChange(current, password));
            // The change ends older sessions; this one goes on.
            sessions.refreshLogin(rc);
            return Response.seeOther(URI.create("/account/password?done=changed")).build();
        } catch (Refusal e) {
            return render(PageNotice.error(e.getMessage()), e.field(), ErrorMappers.statusOf(e));
        }
    }

    private Response render(PageNotice notice, String errorField, int status) {
        String html = Templates.password(notice,
                errorField == null ? "" : errorField).render();
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }
}
