package org.parley.shared.web;

import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.shared.Refusal;
import org.parley.shared.language.CommonMessages;
import org.parley.shared.language.Language;
import org.parley.shared.storage.StorageFailure;

/**
 * Turns exceptions into answers a client can use: JSON {@link ApiError} under {@code /api}, an HTML page
 * elsewhere. Never a stack trace, class name or SQL text in the response; unexpected errors are logged here.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    Language language;

    /** What an API call without (acceptable) credentials is told. */
    static final String LOG_IN_API =
            "Please log in: send HTTP Basic credentials of a moderator or admin, or use a logged-in session.";

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse());
        return render(builder, status, say -> say.errorMessage(status), null, uri);
    }

    /** A service's refusal: its message is written for the person asking, and is shown as it is. */
    @ServerExceptionMapper
    public Response mapRefusal(Refusal e, UriInfo uri) {
        int status = statusOf(e);
        return e.getMessage() != null ? render(Response.status(status), status, e.getMessage(), e.field(), uri)
                : render(Response.status(status), status, say -> say.errorMessage(status), e.field(), uri);
    }

    /** The HTTP status of each kind of refusal, decided here alone. */
    public static int statusOf(Refusal e) {
        return switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNSUPPORTED_TYPE -> 415;
            case TOO_MANY -> 429;
        };
    }

    /**
     * No credentials for a protected resource: the JSON API answers 401 (scripts send HTTP Basic), pages send the
     * browser to the login form. Without this, form authentication would redirect API clients to a login page.
     */
    @ServerExceptionMapper
    public Response mapUnauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        if (isApi(uri)) {
            return render(Response.status(401).header("WWW-Authenticate", "Basic realm=\"Parley\""), 401,
                    LOG_IN_API, null, uri);
        }
        return Response.status(302).location(java.net.URI.create("/login")).header("Cache-Control", "no-store")
                .build();
    }

    /**
     * An API call whose credentials were refused (a wrong password, a disabled account, a session that no longer
     * counts) answers 401 like one without credentials. Proactive authentication refuses it before any resource
     * or exception mapper, and form authentication's answer would be a redirect to the login page.
     */
    @jakarta.enterprise.context.ApplicationScoped
    static class RefusedCredentials {

        void register(@jakarta.enterprise.event.Observes io.vertx.ext.web.Router router) {
            router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(rc -> {
                if (rc.failure() instanceof io.quarkus.security.AuthenticationFailedException && !rc.response().ended()) {
                    rc.response().setStatusCode(401).putHeader("Content-Type", MediaType.APPLICATION_JSON)
                            .putHeader("Cache-Control", "no-store")
                            .putHeader("WWW-Authenticate", "Basic realm=\"Parley\"")
                            .end("{\"error\":\"" + LOG_IN_API + "\"}");
                } else {
                    rc.next();
                }
            });
        }
    }

    @ServerExceptionMapper
    public Response mapForbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return render(Response.status(403), 403, say -> say.errorMessage(403), null, uri);
    }

    /**
     * A JSON body of the wrong shape (an array or a string where an object belongs, an object where a name
     * belongs). Jackson's own message names our classes, so the answer says only which field is wrong.
     */
    @ServerExceptionMapper
    public Response mapWrongJson(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        return wrongJson(e, uri);
    }

    /** Quarkus maps this subtype itself, to a 400 without a body; a mapper of our own for it comes first. */
    @ServerExceptionMapper
    public Response mapMismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return wrongJson(e, uri);
    }

    private Response wrongJson(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        String field = fieldOf(e);
        LOG.debugf("refused a JSON body: %s", e.getOriginalMessage());
        return render(Response.status(400), 400, field == null
                ? "Send a JSON object with the fields this call takes (see the API documentation)."
                : "The value of \"" + field + "\" is not of the right type.", field, uri);
    }

    @ServerExceptionMapper
    public Response mapBrokenJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        LOG.debugf("refused a JSON body: %s", e.getOriginalMessage());
        return render(Response.status(400), 400, "That is not valid JSON.", null, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        if (isUndecodableForm(e)) {
            // A form body with a broken percent escape ("a%ZZb"): the client's fault, and anyone can send one, so it
            // must not fill the log.
            LOG.debugf("refused a form body: %s", e.getMessage());
            return render(Response.status(400), 400, CommonMessages::brokenForm, null, uri);
        }
        if (isConcurrentChange(e)) {
            // Two people changed the same row at once (optimistic locking): the later one is told, not failed.
            return render(Response.status(409), 409, CommonMessages::changedMeanwhile, null, uri);
        }
        if (StorageFailure.is(e)) {
            // A full disk or a database out of reach: the same request works later, so say when; one line, since
            // every request fails alike meanwhile and readiness already names the cause.
            LOG.warnf("could not store or read: %s", e.getMessage());
            return render(Response.status(503).header("Retry-After", StorageFailure.RETRY_AFTER_SECONDS), 503,
                    CommonMessages::cannotSave, null, uri);
        }
        LOG.error("unexpected error", e);
        return render(Response.serverError(), 500, say -> say.errorMessage(500), null, uri);
    }

    /** An answer whose message is the same in every language (a refusal says it in the asker's own already). */
    Response render(Response.ResponseBuilder builder, int status, String message, String field, UriInfo uri) {
        return render(builder, status, say -> message, field, uri);
    }

    /**
     * An answer in {@code words}: the API's in English, for scripts; a page's in the page's language, since a
     * reader may meet it after a form they sent.
     */
    Response render(Response.ResponseBuilder builder, int status, Function<CommonMessages, String> words, String field,
            UriInfo uri) {
        builder.header("Cache-Control", "no-store");
        if (isApi(uri)) {
            return builder.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(words.apply(language.messages(CommonMessages.class, Language.ENGLISH)), field))
                    .build();
        }
        String html = Templates.error(status, words.apply(language.messages(CommonMessages.class))).render();
        return builder.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The form decoder of Quarkus REST fails with a bare IllegalArgumentException; its own stack tells it apart. */
    private static boolean isUndecodableForm(Throwable e) {
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")) {
                return true;
            }
        }
        return false;
    }

    /** The field at fault as the client named it: {@code userName}, {@code ids[2]}, {@code thresholds.racist}. */
    private static String fieldOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && !path.isEmpty()) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
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
}
