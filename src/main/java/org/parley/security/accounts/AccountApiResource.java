package org.parley.security.accounts;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;

/** Admins manage moderator and admin accounts. */
@Path("/api/admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccountApiResource {

    @Inject
    AccountAdminService accounts;

    @Inject
    Viewer viewer;

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountAdminService.NewAccount request) {
        AccountView created = accounts.create(viewer.name(), required(request));
        return Response.created(URI.create("/api/admin/accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView change(@RestPath long id, AccountAdminService.AccountChange request) {
        return accounts.change(viewer.name(), id, required(request));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView resetPassword(@RestPath long id, AccountAdminService.NewPassword request) {
        return accounts.resetPassword(viewer.name(), id, required(request).password());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@RestPath long id) {
        accounts.delete(viewer.name(), id);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("Send a JSON object.");
        }
        return body;
    }
}
