package org.parley.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;

/** Moderator and admin accounts. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    static final int BCRYPT_COST = 12;

    @Inject
    AdminAccountConfig adminConfig;

    @Transactional
    void createBootstrapAdmin(@Observes @Priority(10) StartupEvent event) {
        if (Account.anyWithRole(Roles.ADMIN)) {
            return;
        }
        String password = adminConfig.password().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        create(adminConfig.username(), password, Roles.ADMIN);
        if (generated) {
            // Printed once, on the start that creates the account; it is never stored in clear.
            LOG.warnf("Created the admin account '%s' with the generated password: %s  (shown only this once; "
                    + "set parley.admin.password to choose it)", adminConfig.username(), password);
        } else {
            LOG.infof("Created the admin account '%s' with the configured password", adminConfig.username());
        }
    }

    @Transactional
    public Account create(String username, String password, String roles) {
        Account account = new Account();
        account.username = username;
        setPassword(account, password);
        account.roles = roles;
        account.enabled = true;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    /** Sets a new password; every session of the account ends at its next request. */
    public void setPassword(Account account, String password) {
        account.password = hash(password);
        account.passwordChangedAt = Instant.now();
        account.endAllSessions();
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    /** Whether {@code password} is the account's current one (a full bcrypt check, deliberately slow). */
    public boolean passwordMatches(Account account, String password) {
        return password != null && BcryptUtil.matches(password, account.password);
    }
}
