package org.parley.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps public requests small while admins may upload larger files. Quarkus has one body limit for every path
 * ({@code quarkus.http.limits.max-body-size}, set for the admins' uploads); anything outside {@code /admin} and
 * {@code /api/admin} that announces a larger body is refused before it is read.
 */
@ApplicationScoped
public class BodyLimits {

    static final long PUBLIC_MAX_BYTES = 2L * 1024 * 1024;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 300);
    }

    void filter(RoutingContext rc) {
        String path = rc.request().path();
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !path.startsWith("/admin/") && !path.startsWith("/api/admin/")) {
            try {
                if (Long.parseLong(length.strip()) > PUBLIC_MAX_BYTES) {
                    rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .end("{\"error\":\"What you sent is too large.\"}");
                    return;
                }
            } catch (NumberFormatException e) {
                rc.response().setStatusCode(400).end();
                return;
            }
        }
        rc.next();
    }
}
