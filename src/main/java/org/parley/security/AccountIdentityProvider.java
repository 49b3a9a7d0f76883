package org.parley.security;

import java.util.Optional;
import java.util.Set;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.shared.ServerSecret;
import org.parley.shared.web.ClientAddress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a moderator's or admin's name and password, for the login form and HTTP Basic alike. It answers every
 * request itself (so it runs before the generated JPA provider): unlike that one it throttles guessing, gives an
 * unknown name the same bcrypt work and the same answer as a wrong password, refuses disabled accounts, and
 * gives admins the moderator role too.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A bcrypt hash of nothing anyone knows, checked for unknown names so they cost the same time. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(),
            AccountService.BCRYPT_COST);

    /**
     * Recently verified name and password pairs (the password only as a keyed hash), each with the stored hash it
     * matched. Scripts send HTTP Basic with every call, and bcrypt's deliberate quarter second per check would
     * otherwise be paid on each one; the account itself is still read every time (enabled, roles).
     */
    private final Cache<String, String> verified = Caffeine.newBuilder()
            .expireAfterWrite(2, TimeUnit.MINUTES).maximumSize(10_000).build();

    /** The identity attribute with the account's session epoch at login, for the session's login ticket. */
    static final String SESSION_EPOCH = "parley.session-epoch";

    @Inject
    LoginThrottle throttle;

    @Inject
    ServerSecret secret;

    @Inject
    ClientAddress clients;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = http == null ? "internal" : clients.keyOf(http.request());
        if (http != null && "/j_security_check".equals(http.request().path()) && SessionLifetime.crossSite(http.request())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("a login posted from another site"));
        }
        Uni<Void> wait = Uni.createFrom().voidItem();
        java.time.Duration delay = throttle.delayFor(name, client);
        if (!delay.isZero()) {
            wait = wait.onItem().delayIt().by(delay);
        }
        return wait.chain(() -> context.runBlocking(() -> {
            SecurityIdentity identity = verify(name, password, client);
            // SessionLifetime needs the request when a form login succeeds, to note the login time.
            return http == null ? identity
                    : QuarkusSecurityIdentity.builder(identity).addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, http)
                            .build();
        }));
    }

    private SecurityIdentity verify(String name, String password, String client) {
        String cacheKey = name + "\u0000" + Base64.getEncoder().encodeToString(
                secret.hmac("verified-password", password.getBytes(StandardCharsets.UTF_8)));
        Optional<Account> found = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(name));
        String stored = found.map(a -> a.password).orElse(DECOY_HASH);
        // A cached match counts only against the same stored hash, so a changed password is checked afresh.
        boolean matches = stored.equals(verified.getIfPresent(cacheKey)) || BcryptUtil.matches(password, stored);
        if (found.isEmpty() || !matches || !found.get().enabled) {
            throttle.failed(name, client);
            throw new AuthenticationFailedException("wrong user name or password");
        }
        throttle.succeeded(name);
        Account account = found.get();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username));
        Set<String> roles = Roles.of(account.roles);
        identity.addRoles(roles);
        identity.addAttribute(SESSION_EPOCH, account.sessionEpoch);
        verified.put(cacheKey, account.password);
        return identity.build();
    }
}
