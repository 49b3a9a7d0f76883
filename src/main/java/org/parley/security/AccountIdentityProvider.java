package org.parley.security;

import java.util.Map;
import java.util.Optional;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.shared.ServerSecret;
import org.parley.shared.language.Language;
import org.parley.shared.web.ClientAddress;
import org.parley.shared.web.SiteInfo;

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
 * request itself (so it runs before the generated JPA provider): unlike that one it throttles guessing (counting
 * each attempt before its bcrypt check, see {@link LoginThrottle}, and answering refused ones with 429), gives an
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
    /** The failure attribute of an attempt refused without a check: how long until it may be tried again. */
    private static final String RETRY_AFTER = "parley.retry-after";

    @Inject
    LoginThrottle throttle;

    @Inject
    ServerSecret secret;

    @Inject
    ClientAddress clients;

    @Inject
    SiteInfo siteInfo;

    @Inject
    Language language;

    /** Checks in flight on this node, by name and keyed password hash, for identical attempts to wait on. */
    private final ConcurrentHashMap<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

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
        return context.runBlocking(() -> {
            SecurityIdentity identity = verify(name, password, client);
            // SessionLifetime needs the request when a form login succeeds, to note the login time.
            return http == null ? identity
                    : QuarkusSecurityIdentity.builder(identity).addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, http)
                            .build();
        }).onFailure(AccountIdentityProvider::refusedUnchecked).invoke(refused -> answer(http, retryAfter(refused)));
    }

    private SecurityIdentity verify(String name, String password, String client) {
        String cacheKey = name + "\u0000" + Base64.getEncoder().encodeToString(
                secret.hmac("verified-password", password.getBytes(StandardCharsets.UTF_8)));
        Optional<Account> found = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(name));
        String stored = found.map(a -> a.password).orElse(DECOY_HASH);
        boolean enabled = found.map(a -> a.enabled).orElse(false);
        // A cached match counts only against the same stored hash, so a changed password is checked afresh. It is no
        // new guess (this node checked this very password a moment ago), so it is not counted; but while the
        // throttle holds this name and address up it is refused like any other, or the cache would let a guesser
        // try passwords unthrottled for as long as the real one is in it.
        if (enabled && stored.equals(verified.getIfPresent(cacheKey))) {
            Duration wait = throttle.waitFor(name, client);
            if (!wait.isZero()) {
                throw tooManyAttempts(wait);
            }
            return identityOf(found.get());
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> same = checking.putIfAbsent(cacheKey, mine);
        if (same != null) {
            // The same name and password are being checked on this node right now (a script's parallel first
            // calls): that check's answer is this one's too, and the same guess twice counts once.
            if (!sameAnswer(same) || !enabled) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
            return identityOf(found.get());
        }
        try {
            Duration wait = throttle.admit(name, client);
            if (!wait.isZero()) {
                throw tooManyAttempts(wait);
            }
            // Counted as a failure already; only a success below takes it back.
            boolean matches = BcryptUtil.matches(password, stored);
            mine.complete(matches && enabled);
            if (!matches || !enabled) {
                throw new AuthenticationFailedException("wrong user name or password");
            }
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(cacheKey, mine);
        }
        throttle.succeeded(name, client);
        verified.put(cacheKey, stored);
        return identityOf(found.get());
    }

    private static boolean sameAnswer(CompletableFuture<Boolean> check) {
        try {
            return check.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (refusedUnchecked(e.getCause())) {
                throw tooManyAttempts(retryAfter(e.getCause()));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static SecurityIdentity identityOf(Account account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username));
        identity.addRoles(Roles.of(account.roles));
        identity.addAttribute(SESSION_EPOCH, account.sessionEpoch);
        return identity.build();
    }

    /**
     * Answers a refused attempt with 429 at once: the login page again with the wait for the form, JSON for
     * everything else (HTTP Basic). Nothing is left for Quarkus' own failure handling, which would send the form to
     * its error page as if the password had been checked and found wrong.
     */
    private void answer(RoutingContext http, Duration retryAfter) {
        if (http == null || http.response().ended()) {
            return;
        }
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        http.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds))
                .putHeader("Cache-Control", "no-store");
        if ("/j_security_check".equals(http.request().path())) {
            http.response().putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(LoginResource.Templates.login(siteInfo, false, false, false, seconds, null)
                            .setLocale(language.of(http.request())).render());
        } else {
            http.response().putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"" + language.messages(SecurityMessages.class, Language.ENGLISH)
                            .tooManyLogins(seconds) + "\"}");
        }
    }

    /** The failure of an attempt the throttle refused without checking its password. */
    private static AuthenticationFailedException tooManyAttempts(Duration retryAfter) {
        return new AuthenticationFailedException("too many failed logins: refused without a check",
                Map.of(RETRY_AFTER, retryAfter));
    }

    private static boolean refusedUnchecked(Throwable failure) {
        return failure instanceof AuthenticationFailedException f && f.getAttribute(RETRY_AFTER) != null;
    }

    private static Duration retryAfter(Throwable refused) {
        return ((AuthenticationFailedException) refused).getAttribute(RETRY_AFTER);
    }
}
