package org.parley.shared.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.shared.ParleyConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Feeds, e-mail and share buttons link to {@code parley.base-url}, never to the request's address (which a
 * client could forge). Started on another port than the default without it, every such link points at a
 * Parley that is not there; this says so at start, in the words to fix it.
 */
@ApplicationScoped
public class BaseUrlCheck {

    private static final Logger LOG = Logger.getLogger(BaseUrlCheck.class);
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    @Inject
    ParleyConfig config;

    @ConfigProperty(name = "quarkus.http.port")
    int httpPort;

    void onStart(@Observes StartupEvent event) {
        problem(config.baseUrl(), httpPort).ifPresent(LOG::warn);
    }

    /**
     * What is wrong with {@code baseUrl} for a Parley listening on {@code httpPort}, if anything. Only an address
     * on this machine can be checked: behind a proxy the public port rightly differs from Parley's own.
     */
    static Optional<String> problem(String baseUrl, int httpPort) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            return Optional.of("parley.base-url (" + baseUrl + ") is not an address: links in feeds, e-mail and"
                    + " share buttons will not work. Set PARLEY_BASE_URL to the address readers use.");
        }
        if (uri.getHost() == null || !THIS_MACHINE.contains(uri.getHost())) {
            return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        if (port == httpPort) {
            return Optional.empty();
        }
        return Optional.of("parley.base-url is " + baseUrl + " but Parley listens on port " + httpPort
                + ": links in feeds, e-mail and share buttons will point at port " + port + ". Set PARLEY_BASE_URL"
                + " (or -Dparley.base-url) to the address readers use, e.g. http://localhost:" + httpPort + ".");
    }
}
