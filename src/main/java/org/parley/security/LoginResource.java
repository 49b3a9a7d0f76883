package org.parley.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.parley.shared.web.Pages;
import org.parley.shared.web.SiteInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * The moderators' login page and logout. The form posts to {@code /j_security_check}, where Quarkus form
 * authentication checks the password (through {@link AccountIdentityProvider}) and sets the session cookie.
 */
@Path("/")
@PermitAll
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        /** {@code waitSeconds}: how long the login throttle makes this client wait, or null. */
        static native TemplateInstance login(SiteInfo site, boolean expired, boolean loggedOut, boolean failed,
                Long waitSeconds, String loggedInAs);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionLifetime sessions;

    @Inject
    SiteInfo siteInfo;

    @GET
    @Path("login")
    @Produces(Pages.HTML)
    public Response login(@RestQuery String error, @RestQuery String expired, @RestQuery String loggedOut) {
        String who = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        TemplateInstance page = Templates.login(siteInfo, expired != null, loggedOut != null, error != null, null, who);
        // A failed login answers 401, so scripts see the failure without parsing the page.
        return Response.status(error == null ? 200 : 401).entity(page).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("logout")
    public Response logout(RoutingContext rc) {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        sessions.logOut(rc, identity);
        return Response.seeOther(URI.create("/login?loggedOut=true")).build();
    }
}
