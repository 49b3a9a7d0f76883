package org.parley.shared.language;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.parley.shared.Refusal;

/**
 * The language switch on every page: remembers the reader's choice in a cookie and goes back to the page they
 * were on. Only the path of that page is kept from the {@code Referer}, so the switch can send no one to
 * another site.
 */
@Path("/language")
@PermitAll
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("{tag}")
    public Response choose(@RestPath String tag, @RestHeader("Referer") String referer) {
        if (!Language.isSupported(tag)) {
            throw Refusal.notFound("Parley speaks " + String.join(", ",
                    Language.SUPPORTED.stream().map(Locale::toLanguageTag).toList()) + ".");
        }
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(tag).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(back(referer))).cookie(cookie).header("Cache-Control", "no-store")
                .build();
    }

    /** The path and query of the page the switch was on; the front page if there is none to trust. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/language/")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
