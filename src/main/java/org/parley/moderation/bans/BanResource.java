package org.parley.moderation.bans;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.parley.security.Roles;
import org.parley.security.Viewer;

/** Moderators ban user names and clients, and lift bans early. */
@Path("/api/moderation/bans")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class BanResource {

    @Inject
    BanService bans;

    @Inject
    Viewer viewer;

    @GET
    public List<BanView> list() {
        return bans.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ban(BanService.NewBan request) {
        return Response.status(201).entity(bans.ban(viewer.name(), request)).build();
    }

    @DELETE
    @Path("{id}")
    public BanView lift(@RestPath long id) {
        return bans.lift(viewer.name(), id);
    }
}
