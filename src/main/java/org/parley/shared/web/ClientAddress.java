package org.parley.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.shared.ServerSecret;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who is asking, as far as limits and bans need to know: a keyed hash of the client's address, never the
 * address itself. The address is the connection's peer, or the forwarded one only when Quarkus is told to
 * trust a proxy ({@code quarkus.http.proxy.*}), so clients cannot pick their own key.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    ServerSecret secret;

    public String keyOf(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String host = remote == null ? "unknown" : remote.hostAddress();
        return secret.pseudonym("client-address", host);
    }
}
