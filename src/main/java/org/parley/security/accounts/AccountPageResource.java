package org.parley.security.accounts;

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
import org.parley.security.Roles;
import org.parley.security.SecurityMessages;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ErrorMappers;
import org.parley.shared.web.PageNotice;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admins' account page: the list, a form to create an account, and per account its role, enabled or
 * disabled, a new password and deletion. Plain forms that redirect back with a notice; a refused change shows
 * the page again with the error and what was typed into the create form (never a password).
 */
@Path("/admin/accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountPageResource {

    private static final List<String> ROLES = List.of(Roles.MODERATOR, Roles.ADMIN);

    /** What the create form showed when it was sent, to show it again after an error. */
    public record CreateForm(String username, String role) {
        static final CreateForm EMPTY = new CreateForm("", Roles.MODERATOR);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<AccountView> accounts,
                PageNotice notice, String errorField, CreateForm form, List<String> roles);
    }

    @Inject
    AccountAdminService accounts;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    @GET
    @Produces(Pages.HTML)
    public Response page(@RestQuery String done, @RestQuery Long id) {
        AccountView account = null;
        if (id != null) {
            try {
                account = accounts.find(id);
            } catch (Refusal e) {
                // Deleted since, by someone else: the page simply shows no notice about it.
            }
        }
        return render(AccountNotice.fromCode(done, account, language.messages(SecurityMessages.class)), null, CreateForm.EMPTY, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        CreateForm kept = new CreateForm(username == null ? "" : username.strip(), role == null ? "" : role);
        try {
            AccountView created = accounts.create(viewer.name(), new AccountAdminService.NewAccount(username, password, role));
            return done("created", created.id());
        } catch (Refusal e) {
            return failed(e, kept);
        }
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@RestPath long id, @RestForm String role) {
        try {
            accounts.change(viewer.name(), id, new AccountAdminService.AccountChange(role == null ? "" : role, null));
            return done("role", id);
        } catch (Refusal e) {
            return failedOnRow(e);
        }
    }

    @POST
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enabled(@RestPath long id, @RestForm String enabled) {
        try {
            if (!"true".equals(enabled) && !"false".equals(enabled)) {
                throw Refusal.invalid("Say whether to enable or disable the account.", "enabled");
            }
            boolean on = Boolean.parseBoolean(enabled);
            accounts.change(viewer.name(), id, new AccountAdminService.AccountChange(null, on));
            return done(on ? "enabled" : "disabled", id);
        } catch (Refusal e) {
            return failedOnRow(e);
        }
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestPath long id, @RestForm String password) {
        try {
            accounts.resetPassword(viewer.name(), id, password);
            return done("password", id);
        } catch (Refusal e) {
            return failedOnRow(e);
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        try {
            accounts.delete(viewer.name(), id);
            return Response.seeOther(URI.create("/admin/accounts?done=deleted")).build();
        } catch (Refusal e) {
            return failedOnRow(e);
        }
    }

    private static Response done(String code, long id) {
        return Response.seeOther(URI.create("/admin/accounts?done=" + code + "&id=" + id)).build();
    }

    private Response failed(Refusal e, CreateForm kept) {
        return render(PageNotice.error(e.getMessage()), e.field(), kept, ErrorMappers.statusOf(e));
    }

    /** A change to one listed account was refused: the create form's fields are not at fault. */
    private Response failedOnRow(Refusal e) {
        return render(PageNotice.error(e.getMessage()), null, CreateForm.EMPTY, ErrorMappers.statusOf(e));
    }

    private Response render(PageNotice notice, String errorField, CreateForm form, int status) {
        String html = Templates.accounts(accounts.list(), notice, errorField == null ? "" : errorField,
                form, ROLES).render();
        // The page carries form tokens: nobody may cache it.
        return Response.status(status).type(Pages.HTML).header("Cache-Control", "no-store").entity(html).build();
    }
}
