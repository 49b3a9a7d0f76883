package org.parley.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bootstrap admin, created on first start when no admin exists. */
@ConfigMapping(prefix = "parley.admin")
public interface AdminAccountConfig {

    /** {@code parley.admin.username}: the bootstrap admin's name. Default {@code admin}. */
    @WithDefault("admin")
    String username();

    /**
     * {@code parley.admin.password}: the bootstrap admin's password. When absent, a random one is generated and
     * printed once in the log. Used only when the account is created; changing it later has no effect.
     */
    Optional<String> password();
}
