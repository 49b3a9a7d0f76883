package org.parley.support;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which database the Quarkus tests run on: H2 in memory (the default run) or PostgreSQL (the run with
 * {@code -Dquarkus.datasource.db-kind=postgresql}, see {@code PostgresTestDatabase}). For the few tests whose SQL or
 * subject is one database's own.
 */
public final class Databases {

    private Databases() {
    }

    public static boolean postgres() {
        return "postgresql".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2"));
    }
}
