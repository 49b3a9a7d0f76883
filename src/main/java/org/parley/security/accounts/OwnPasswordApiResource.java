package org.parley.security.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.parley.security.Roles;
import org.parley.shared.Refusal;
import org.parley.shared.web.ClientAddress;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** Moderators and admins change their own password. */
@Path("/api/account/password")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class OwnPasswordApiResource {

    @Inject
    AccountAdminService accounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    ClientAddress clients;

    @Inject
    org.parley.security.SessionLifetime sessions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(AccountAdminService.PasswordChange request, HttpServerRequest http,
            io.vertx.ext.web.RoutingContext rc) {
        if (request == null) {
            throw Refusal.invalid("Send a JSON object.");
        }
        accounts.changeOwnPassword(identity.getPrincipal().getName(), clients.keyOf(http), request);
        // The change ends older sessions; this one goes on.
        sessions.refreshLogin(rc);
        return Response.noContent().build();
    }
}
