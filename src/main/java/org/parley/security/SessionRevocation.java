package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.parley.shared.ServerSecret;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Ends sessions whose cookies live on: the session is an encrypted cookie that any node with the key accepts, so
 * what ends one early has to be in the database that every node reads.
 *
 * <p>Two kinds of end, because they have different reach:
 * <ul>
 * <li><b>Logout ends one session.</b> Each login gets a random session id in its signed login ticket; logging out
 * stores that id in {@code revoked_session}. The moderator's other devices have other ids and stay logged in. A
 * row is kept only until the session's absolute lifetime is over (its ticket is refused for its age from then on)
 * and then deleted, so the table holds at most the logouts of the last twelve hours.</li>
 * <li><b>Disabling an account and setting its password end all of its sessions.</b> The account has a session
 * epoch that those changes raise; a ticket carries the epoch it logged in under, and one from an older epoch is
 * refused. Re-enabling does not lower it, so old cookies stay dead. It is a counter, not a time, so a reset in the
 * same second as a login still ends that login.</li>
 * </ul>
 * A per-account epoch alone would make logout end every device; a revocation list alone would need an entry for
 * every session of a disabled account, which the server cannot list (it keeps no sessions).
 *
 * <p>Checking costs no extra round trip: the account is read on every request anyway (enabled, roles), and the
 * revocation lookup is a subquery of that same statement, on the table's primary key.
 */
@ApplicationScoped
public class SessionRevocation {

    private static final Logger LOG = Logger.getLogger(SessionRevocation.class);
    /** Login tickets from up to a minute in the future count (clocks of nodes differ a little): keep rows as long. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    ServerSecret secret;

    Clock clock = Clock.systemUTC();

    SessionRevocation() {
    }

    /** One node's view; tests make a second with the same secret and database to stand for another node. */
    SessionRevocation(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * The identity of a request that carries a session cookie for {@code username} and this login cookie value, from
     * the account as it is now; refused if the session has ended in any way. Blocking: reads the database.
     */
    public SecurityIdentity identityFor(String username, String loginCookieValue) {
        LoginTicket ticket = LoginTicket.parse(loginCookieValue)
                .filter(t -> t.genuineFor(username, secret))
                .orElseThrow(() -> new AuthenticationFailedException("no genuine login ticket for this session"));
        if (!current(ticket)) {
            throw new AuthenticationFailedException("the session is older than its absolute lifetime");
        }
        List<Object[]> found = QuarkusTransaction.joiningExisting().call(() -> Account.getEntityManager()
                .createQuery("select a, (select count(r) from RevokedSession r where r.sessionId = :session) "
                        + "from Account a where a.username = :name", Object[].class)
                .setParameter("session", ticket.sessionId()).setParameter("name", username).getResultList());
        if (found.isEmpty()) {
            throw new AuthenticationFailedException("the account no longer exists");
        }
        Account account = (Account) found.get(0)[0];
        if (!account.enabled) {
            throw new AuthenticationFailedException("the account is disabled");
        }
        if (account.sessionEpoch != ticket.epoch()) {
            // Disabled (and maybe enabled again) or given a new password since this session logged in.
            throw new AuthenticationFailedException("the account's sessions were ended after this one logged in");
        }
        if (((Number) found.get(0)[1]).longValue() > 0) {
            throw new AuthenticationFailedException("this session logged out");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(Roles.of(account.roles)).build();
    }

    /** Whether the ticket is within its absolute lifetime (and not from further ahead than clocks differ). */
    boolean current(LoginTicket ticket) {
        Duration age = Duration.between(ticket.loggedInAt(), clock.instant());
        return age.compareTo(CLOCK_SKEW.negated()) >= 0 && age.compareTo(SessionLifetime.ABSOLUTE_LIFETIME) <= 0;
    }

    /** Ends the session with this ticket, on every node. Logging out twice is fine. */
    public void revoke(LoginTicket ticket) {
        Instant until = ticket.loggedInAt().plus(SessionLifetime.ABSOLUTE_LIFETIME).plus(CLOCK_SKEW);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (RevokedSession.findById(ticket.sessionId()) == null) {
                    RevokedSession row = new RevokedSession();
                    row.sessionId = ticket.sessionId();
                    row.expiresAt = until;
                    row.persist();
                }
            });
        } catch (PersistenceException raced) {
            // The same cookie logged out at the same moment on another node: it is revoked either way.
            LOG.debugf("session %s was revoked concurrently", ticket.sessionId());
        }
    }

    /** Forgets revocations whose sessions have outlived their absolute lifetime. Every node may run it. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> RevokedSession.delete("expiresAt < ?1", now));
    }
}
