package org.parley.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers that depend on who asked and how, set on every answer just before it goes out, whichever part of the
 * server wrote it (a resource, an error mapper, form authentication, a static file):
 * <ul>
 * <li>{@code Cache-Control: no-store} on everything answered to a logged-in person or to a request that brought
 * credentials: no browser or proxy cache may keep a staff page or a moderator's JSON;</li>
 * <li>{@code charset=UTF-8} on text that does not name its encoding;</li>
 * <li>{@code Vary: Accept-Language, Cookie} on pages and feeds, which are in the language the reader's browser
 * asks for or the reader chose (a cookie): a cache that keeps one must not give it to a reader of the other
 * language;</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS, directly or through a proxy Quarkus is
 * told to trust ({@code quarkus.http.proxy.*}; an {@code X-Forwarded-Proto} from anyone else is ignored, as
 * {@link ClientAddress} ignores their {@code X-Forwarded-For}).</li>
 * </ul>
 */
@ApplicationScoped
public class ResponseHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    void register(@Observes Filters filters) {
        // Before the session and CSRF filters (200, 300), so that their own answers get these headers too.
        filters.register(this::filter, 400);
    }

    void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean credentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getCookie(sessionCookie) != null;
        boolean tls = "https".equalsIgnoreCase(request.scheme());
        rc.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = rc.response();
            if (credentials || loggedIn(rc)) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.regionMatches(true, 0, "text/", 0, 5) && !type.toLowerCase(java.util.Locale.ROOT).contains("charset=")) {
                response.headers().set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
            }
            if (type != null && (type.startsWith("text/html") || type.startsWith("application/rss+xml"))) {
                response.headers().add(HttpHeaders.VARY, "Accept-Language, Cookie");
            }
            if (tls) {
                response.headers().set("Strict-Transport-Security", HSTS);
            }
        });
        rc.next();
    }

    private static boolean loggedIn(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }
}
