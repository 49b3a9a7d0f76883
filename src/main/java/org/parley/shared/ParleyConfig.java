package org.parley.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings that every feature shares: where state lives, how the site names itself. */
@ConfigMapping(prefix = "parley")
public interface ParleyConfig {

    /** {@code parley.data-dir}: folder for the H2 database and the server secret. Default {@code ./data}. */
    @WithDefault("./data")
    Path dataDir();

    /**
     * {@code parley.secret}: the server secret that signs captcha tokens and hashes client addresses.
     * Every node of one site needs the same value. When absent, one is generated into the data dir on
     * first start (fine for a single node).
     */
    Optional<String> secret();

    /**
     * {@code parley.base-url}: the public address of the site, used in RSS feeds, e-mail and share links.
     * Taken from configuration, never from the request's Host header, so a cached page cannot be poisoned.
     * Default {@code http://localhost:8080}.
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** {@code parley.site-name}: the name shown in the page header and feeds. Default {@code Parley News}. */
    @WithDefault("Parley News")
    String siteName();

    /**
     * {@code parley.database-wait}: how long start-up waits for a database that does not answer yet (a
     * PostgreSQL starting beside Parley), trying again every second. Default 60 seconds.
     */
    @WithDefault("60s")
    Duration databaseWait();

    /**
     * {@code parley.language}: the language of pages for readers whose browser asks for none Parley speaks, as
     * an IETF tag: {@code en} or {@code zh-CN}. Admins can change it on the settings page. Default {@code en}.
     */
    @WithDefault("en")
    String language();

    /** {@code parley.demo-content}: load the demo articles and comments into an empty database. Default true. */
    @WithDefault("true")
    boolean demoContent();
}
