package org.parley.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.parley.shared.Refusal;
import org.parley.shared.language.CommonMessages;
import org.parley.shared.language.Language;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request that could change something proves that this site's own page or a script sent it, whatever its
 * body or content type. The rule, for every method but GET, HEAD and OPTIONS:
 * <ul>
 * <li>a request that a browser sent from another origin (see {@link SameOrigin}) is refused when it carries
 * credentials or goes to a page: another site must not act with a moderator's cookie or cached HTTP Basic
 * password, and a sibling subdomain, though the same site, is not this origin;</li>
 * <li>pages (everything outside {@code /api/}, logout included) need the CSRF token, in the form's field or in
 * the {@code X-CSRF-TOKEN} header;</li>
 * <li>the JSON API needs the token when the session cookie is the credential (the browser sends that by itself),
 * not when the call brings HTTP Basic credentials or none: those are scripts and anonymous readers' clients;
 * a form body needs it there too, as a form is what a foreign page can post.</li>
 * </ul>
 * quarkus-rest-csrf checks a token when it finds one in a form or the header, but lets a request through with
 * neither (no body, no content type, JSON), and answers a bare 400 otherwise; this filter runs before it and
 * answers 403 with a page or an {@link ApiError} that says what is missing.
 */
public class CsrfGuard {

    private static final Logger LOG = Logger.getLogger(CsrfGuard.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    static final String MISSING_TOKEN_API = "Send the CSRF token in the X-CSRF-TOKEN header, or use HTTP Basic "
            + "credentials.";

    @Inject
    Language language;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String tokenCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String tokenField;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String tokenHeader;

    // Above quarkus-rest-csrf's Priorities.USER: Quarkus REST then runs this filter before that one, so that a
    // refusal is ours and says why (CsrfGuardTest sees a 403, not the extension's bare 400).
    @ServerRequestFilter(priority = Priorities.USER + 200)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext context, RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        boolean api = request.path().startsWith("/api/");
        Cookie session = request.getCookie(sessionCookie);
        boolean bySession = session != null && !session.getValue().isEmpty();
        boolean byBasic = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if ((!api || bySession || byBasic) && SameOrigin.foreign(request)) {
            LOG.debugf("refused %s %s: sent from another origin (%s)", context.getMethod(), request.path(),
                    request.getHeader(HttpHeaders.ORIGIN));
            // A page's refusal is in the page's language; the API's in English, for scripts.
            throw Refusal.forbidden(language.messages(CommonMessages.class, api ? Language.ENGLISH : language.current())
                    .foreignPage());
        }
        String header = request.getHeader(tokenHeader);
        boolean form = isForm(context.getMediaType());
        boolean tokenNeeded = !api || (bySession && !byBasic) || form || header != null;
        if (tokenNeeded && !tokenMatches(request, header != null ? header : form ? formToken(context) : null)) {
            LOG.debugf("refused %s %s: no valid CSRF token", context.getMethod(), request.path());
            throw Refusal.forbidden(api ? MISSING_TOKEN_API : language.messages(CommonMessages.class).formExpired());
        }
    }

    private boolean tokenMatches(HttpServerRequest request, String supplied) {
        Cookie cookie = request.getCookie(tokenCookie);
        return supplied != null && !supplied.isEmpty() && cookie != null && MessageDigest.isEqual(
                supplied.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    private String formToken(ResteasyReactiveContainerRequestContext context) {
        Object value = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                .getFormParameter(tokenField, true, false);
        return value instanceof String s ? s : null;
    }

    static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }
}
