package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.parley.shared.ServerSecret;
import org.parley.shared.web.SameOrigin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationEvent;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
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
 * (the {@link LoginTicket}) records when the moderator logged in, and a session older than
 * {@link #ABSOLUTE_LIFETIME} must log in again;</li>
 * <li>a server-side end: logout, disabling the account and a new password end sessions on every node, although
 * the cookie itself stays readable (see {@link SessionRevocation});</li>
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

    @Inject
    SessionRevocation revocation;

    Clock clock = Clock.systemUTC();

    void register(@Observes Filters filters) {
        // Before authentication (SecurityHandlerPriorities.AUTHENTICATION is 200): a session past its lifetime is
        // answered here, as ended, rather than refused by SessionIdentityProvider as if it were forged.
        filters.register(this::filter, 250);
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

    /**
     * A form login succeeded: give the session its login ticket (login time for the absolute lifetime, its own id
     * for logout, the account's session epoch; see {@link SessionRevocation}).
     */
    void loggedIn(@Observes FormAuthenticationEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(identity);
        Long epoch = identity == null ? null : identity.getAttribute(AccountIdentityProvider.SESSION_EPOCH);
        if (rc != null && epoch != null) {
            String name = identity.getPrincipal().getName();
            rc.response().addCookie(loginCookie(LoginTicket.issue(clock.instant(), name, epoch, secret),
                    rc.request().isSSL()));
        }
    }

    /** Clears the session and login cookies, as logout and an ended session do. */
    public void expire(RoutingContext rc) {
        for (String name : new String[] {SESSION_COOKIE, LOGIN_COOKIE}) {
            rc.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
    }

    Cookie loginCookie(LoginTicket ticket, boolean secure) {
        return Cookie.cookie(LOGIN_COOKIE, ticket.value()).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure);
    }

    /**
     * Ends this request's session on every node, not only in this browser: the cookies could have been copied.
     * Blocking (writes the database).
     */
    public void logOut(RoutingContext rc, SecurityIdentity identity) {
        if (!identity.isAnonymous()) {
            // Only a ticket genuinely issued to the logged-in account is revoked, so strangers cannot fill the
            // table with made-up ids.
            ticket(rc).filter(t -> t.genuineFor(identity.getPrincipal().getName(), secret))
                    .ifPresent(revocation::revoke);
        }
        expire(rc);
    }

    /**
     * Starts the absolute lifetime again, as after a login, under the account's new session epoch: for someone who
     * just changed their own password, which ended every other session. Nothing to do for HTTP Basic.
     */
    public void refreshLogin(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            return;
        }
        String name = user.getSecurityIdentity().getPrincipal().getName();
        Optional<LoginTicket> ticket = ticket(rc).filter(t -> t.genuineFor(name, secret));
        if (ticket.isEmpty()) {
            return;
        }
        Optional<Long> epoch = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(name).map(a -> a.sessionEpoch));
        epoch.ifPresent(e -> rc.response().addCookie(
                loginCookie(ticket.get().renewed(clock.instant(), name, e, secret), rc.request().isSSL())));
    }

    /** This request's login ticket, as the cookie spells it (not yet checked against an account). */
    Optional<LoginTicket> ticket(RoutingContext rc) {
        Cookie login = rc == null ? null : rc.request().getCookie(LOGIN_COOKIE);
        return login == null ? Optional.empty() : LoginTicket.parse(login.getValue());
    }

    /** Whether a login cookie is well formed and within the absolute lifetime; its signature is checked later. */
    boolean loggedInRecently(Cookie login) {
        return login != null && LoginTicket.parse(login.getValue()).filter(revocation::current).isPresent();
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
