package org.parley.shared.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns exceptions into answers a client can use: JSON {@link ApiError} under {@code /api}, an HTML page
 * elsewhere. Never a stack trace, class name or SQL text in the response; unexpected errors are logged here.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse());
        String field = e instanceof PublicException pe ? pe.field() : null;
        return render(builder, status, messageFor(status, e), field, uri);
    }

    /**
     * No credentials for a protected resource: the JSON API answers 401 (scripts send HTTP Basic), pages send the
     * browser to the login form. Without this, form authentication would redirect API clients to a login page.
     */
    @ServerExceptionMapper
    public Response mapUnauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        if (isApi(uri)) {
            return render(Response.status(401).header("WWW-Authenticate", "Basic realm=\"Parley\""), 401,
                    "Please log in: send HTTP Basic credentials of a moderator or admin, or use a logged-in session.",
                    null, uri);
        }
        return Response.status(302).location(java.net.URI.create("/login")).header("Cache-Control", "no-store")
                .build();
    }

    @ServerExceptionMapper
    public Response mapForbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return render(Response.status(403), 403, "You do not have permission to do that.", null, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        if (isConcurrentChange(e)) {
            // Two people changed the same row at once (optimistic locking): the later one is told, not failed.
            return render(Response.status(409), 409,
                    "Someone else changed this at the same moment. Please reload and try again.", null, uri);
        }
        LOG.error("unexpected error", e);
        return render(Response.serverError(), 500, "Something went wrong on our side. Please try again.", null, uri);
    }

    static Response render(Response.ResponseBuilder builder, int status, String message, String field, UriInfo uri) {
        builder.header("Cache-Control", "no-store");
        if (isApi(uri)) {
            return builder.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message, field)).build();
        }
        String html = Templates.error(status, titleFor(status), message).render();
        return builder.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(UriInfo uri) {
        return uri != null && uri.getPath().startsWith("/api/");
    }

    private static String messageFor(int status, WebApplicationException e) {
        // Only our own exceptions carry a message meant for people; framework messages can leak internals.
        if (e instanceof PublicException && e.getMessage() != null) {
            return e.getMessage();
        }
        return switch (status) {
            case 400 -> "The request could not be understood. Please check what you sent.";
            case 401 -> "Please log in.";
            case 403 -> "You do not have permission to do that.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "That method is not allowed here.";
            case 406, 415 -> "That content type is not supported here.";
            case 409 -> "That conflicts with the current state. Please reload and try again.";
            case 413 -> "What you sent is too large.";
            case 429 -> "Too many requests. Please wait a moment and try again.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again." : "The request failed.";
        };
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 404 -> "Page not found";
            case 403 -> "Not allowed";
            case 401 -> "Please log in";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Something went wrong" : "Bad request";
        };
    }
}
