package org.parley.shared.web;

import java.net.URI;
import java.util.Locale;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Whether a browser sent a request from a page of this very origin. Browsers say where a request comes from in
 * {@code Sec-Fetch-Site} and {@code Origin}; a page on a sibling subdomain is the same <em>site</em> (so it gets
 * {@code SameSite=Strict} cookies) but not the same <em>origin</em>, and neither is the same host on another
 * port or scheme, so both count as foreign here. A request with neither header (a script, an old browser) is
 * not foreign by this test; tokens and credentials decide for it.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True when the browser says, or its Origin shows, that another origin's page sent this request. */
    public static boolean foreign(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.isBlank() && !ours(origin.strip(), request);
    }

    /**
     * Compares scheme, host and port. The request's own scheme and authority are what Quarkus says they are:
     * the connection's, or a trusted proxy's forwarded ones when {@code quarkus.http.proxy.*} is set up (the same
     * rule {@link ClientAddress} follows for the client's address).
     */
    private static boolean ours(String origin, HttpServerRequest request) {
        URI o;
        try {
            o = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed or privacy-stripped page) and garbage are nobody's origin
        }
        HostAndPort self = request.authority();
        if (o.getScheme() == null || o.getHost() == null || self == null || o.getRawPath() != null && !o.getRawPath().isEmpty()) {
            return false;
        }
        String scheme = request.scheme() == null ? "http" : request.scheme().toLowerCase(Locale.ROOT);
        return o.getScheme().equalsIgnoreCase(scheme)
                && o.getHost().equalsIgnoreCase(self.host())
                && port(o.getPort(), o.getScheme()) == port(self.port(), scheme);
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
