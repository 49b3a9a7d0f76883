package org.parley.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns the name in a valid session cookie back into an identity on every request, from the account as it is
 * now: a disabled account, a changed role or a reset password takes effect at once, not when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @jakarta.inject.Inject
    SessionLifetime sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        io.vertx.ext.web.RoutingContext http = io.quarkus.vertx.http.runtime.security.HttpSecurityUtils
                .getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            Optional<Account> account = QuarkusTransaction.joiningExisting()
                    .call(() -> Account.findByUsername(request.getPrincipal()));
            if (account.isEmpty() || !account.get().enabled) {
                throw new AuthenticationFailedException("the account no longer exists or is disabled");
            }
            java.time.Instant changed = account.get().passwordChangedAt;
            if (changed != null && http != null && sessions.loginTime(http)
                    .map(login -> login.getEpochSecond() < changed.getEpochSecond()).orElse(false)) {
                // (A missing or expired login time is SessionLifetime's to refuse, with its own answer.)
                // A session from before the password was (re)set: whoever had it must log in with the new one.
                throw new AuthenticationFailedException("the password changed after this session logged in");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.get().username))
                    .addRoles(Roles.of(account.get().roles)).build();
        });
    }
}
