package org.parley.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns the name in a valid session cookie back into an identity on every request, from the account as it is
 * now and only while the session has not been ended (logout, a disabled account, a new password; see
 * {@link SessionRevocation}): the change takes effect at once and on every node, not when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    SessionLifetime sessions;

    @Inject
    SessionRevocation revocation;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie login = http == null ? null : http.request().getCookie(SessionLifetime.LOGIN_COOKIE);
        return context.runBlocking(() -> {
            try {
                return revocation.identityFor(request.getPrincipal(), login == null ? null : login.getValue());
            } catch (AuthenticationFailedException ended) {
                if (http != null) {
                    // The browser is sent to the login page: without these cookies it gets there, instead of being
                    // refused and sent there again.
                    sessions.expire(http);
                }
                throw ended;
            }
        });
    }
}
