package org.parley.moderation.modes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.parley.articles.ArticleView;
import org.parley.security.Roles;
import org.parley.security.Viewer;

/** Moderators set whether an article's comments are open, pre-moderated or closed. */
@Path("/api/moderation/articles")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ArticleModeResource {

    /** The requested mode: {@code OPEN}, {@code PREMODERATED} or {@code CLOSED}. */
    public record ModeRequest(String mode) {
    }

    @Inject
    ArticleModeService modes;

    @Inject
    Viewer viewer;

    @PUT
    @Path("{slug}/mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView change(@RestPath String slug, ModeRequest request) {
        return modes.change(viewer.name(), slug, request == null ? null : request.mode());
    }
}
