package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.parley.shared.ServerSecret;
import org.parley.shared.web.SameOrigin;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationEvent;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * What the login session cookie of Quarkus form authentication does not do on its own:
 * <ul>
 * <li>an absolute lifetime: the session cookie is renewed while in use (idle timeout), so a second, signed cookie
 * records when the moderator logged in, and a session older than {@link #ABSOLUTE_LIFETIME} must log in again;</li>
 * <li>login CSRF: the login form posts to {@code /j_security_check}, which no JAX-RS filter sees, so
 * {@link AccountIdentityProvider} refuses form logins that another site's page sent (by their Origin and
 * Sec-Fetch-Site headers, see {@link #crossSite});</li>
 * <li>CSRF on the JSON API: a call authenticated by the session cookie (not by HTTP Basic) that changes something
 * must carry the CSRF token in the {@code X-CSRF-TOKEN} header (form posts carry it in the form and are checked
 * by quarkus-rest-csrf).</li>
 * </ul>
 */
@ApplicationScoped
public class SessionLifetime {

    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    static final String SESSION_COOKIE = "parley-session";
    static final String LOGIN_COOKIE = "parley-login";
    static final String CSRF_COOKIE = "csrf-token";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    ServerSecret secret;

    Clock clock = Clock.systemUTC();

    void register(@Observes Filters filters) {
        filters.register(this::filter, 200);
    }

    void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        if (path.startsWith("/api/") && !SAFE.contains(request.method()) && isPlainText(request)) {
            // The one body type a cross-site page may post with a browser's cached credentials and that no CSRF
            // check covers; the API never takes it.
            json(rc, 415, "Send JSON (application/json).");
            return;
        }
        Cookie session = request.getCookie(SESSION_COOKIE);
        boolean bySession = session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
        if (!bySession) {
            rc.next();
            return;
        }
        boolean protectedArea = path.startsWith("/api/") || path.startsWith("/moderation")
                || path.startsWith("/admin") || path.startsWith("/account");
        if (!loggedInRecently(request.getCookie(LOGIN_COOKIE))) {
            expire(rc);
            if (!protectedArea) {
                rc.next();
            } else if (path.startsWith("/api/")) {
                json(rc, 401, "Your session has ended. Please log in again.");
            } else {
                rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/login?expired=true").end();
            }
            return;
        }
        if (path.startsWith("/api/") && !SAFE.contains(request.method()) && !isForm(request)
                && !csrfHeaderMatches(request)) {
            json(rc, 403, "Send the CSRF token in the X-CSRF-TOKEN header, or use HTTP Basic credentials.");
            return;
        }
        rc.next();
    }

    /** A form login succeeded: note when, for the absolute lifetime. */
    void loggedIn(@Observes FormAuthenticationEvent event) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(event.getSecurityIdentity());
        if (rc != null) {
            rc.response().addCookie(loginCookie(rc.request().isSSL()));
        }
    }

    /** Clears the session and login cookies, as logout and an ended session do. */
    public void expire(RoutingContext rc) {
        for (String name : new String[] {SESSION_COOKIE, LOGIN_COOKIE}) {
            rc.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
    }

    Cookie loginCookie(boolean secure) {
        return loginCookie(clock.instant(), secure);
    }

    Cookie loginCookie(java.time.Instant when, boolean secure) {
        long at = when.getEpochSecond();
        return Cookie.cookie(LOGIN_COOKIE, at + "." + sign(at)).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure);
    }

    /** Starts the absolute lifetime again, as after a login: for someone who just changed their own password. */
    public void refreshLogin(RoutingContext rc) {
        rc.response().addCookie(loginCookie(rc.request().isSSL()));
    }

    /** When the session of this request logged in, if it carries a genuine login-time cookie. */
    java.util.Optional<java.time.Instant> loginTime(RoutingContext rc) {
        return rc == null ? java.util.Optional.empty() : loginTime(rc.request().getCookie(LOGIN_COOKIE));
    }

    boolean loggedInRecently(Cookie login) {
        return loginTime(login).isPresent();
    }

    /** The login time a genuine login-time cookie records, unless it is older than the absolute lifetime. */
    private java.util.Optional<java.time.Instant> loginTime(Cookie login) {
        if (login == null) {
            return java.util.Optional.empty();
        }
        String value = login.getValue();
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return java.util.Optional.empty();
        }
        try {
            long at = Long.parseLong(value.substring(0, dot));
            boolean genuine = MessageDigest.isEqual(sign(at).getBytes(StandardCharsets.US_ASCII),
                    value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
            long age = clock.instant().getEpochSecond() - at;
            return genuine && age >= -60 && age <= ABSOLUTE_LIFETIME.toSeconds()
                    ? java.util.Optional.of(java.time.Instant.ofEpochSecond(at)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private String sign(long at) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                secret.hmac("login-time", Long.toString(at).getBytes(StandardCharsets.US_ASCII)));
    }

    /** Scheme, host and port, as every state-changing request is judged (see {@link SameOrigin}). */
    static boolean crossSite(HttpServerRequest request) {
        return SameOrigin.foreign(request);
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    private static boolean isPlainText(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain");
    }

    private static boolean csrfHeaderMatches(HttpServerRequest request) {
        String header = request.getHeader(CSRF_HEADER);
        Cookie cookie = request.getCookie(CSRF_COOKIE);
        return header != null && cookie != null && !header.isEmpty() && MessageDigest.isEqual(
                header.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    private static void json(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("{\"error\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
}
