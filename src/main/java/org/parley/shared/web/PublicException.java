package org.parley.shared.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An error whose message is written for the client and safe to show as it is. */
public class PublicException extends WebApplicationException {

    private final String field;

    public PublicException(int status, String message) {
        this(status, message, null);
    }

    public PublicException(int status, String message, String field) {
        super(message, Response.status(status).build());
        this.field = field;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    // What kind of refusal it is, named for the service that refuses; the HTTP status is decided here alone.

    /** The request is wrong: a missing or bad value, at {@code field} when one is to blame. */
    public static PublicException invalid(String message, String field) {
        return new PublicException(400, message, field);
    }

    public static PublicException invalid(String message) {
        return invalid(message, null);
    }

    /** What the request names does not exist. */
    public static PublicException notFound(String message) {
        return new PublicException(404, message);
    }

    public static PublicException notFound(String message, String field) {
        return new PublicException(404, message, field);
    }

    /** The request clashes with the state things are in (another rule, a change made meanwhile). */
    public static PublicException conflict(String message) {
        return new PublicException(409, message);
    }

    public static PublicException conflict(String message, String field) {
        return new PublicException(409, message, field);
    }

    /** The one asking may not do this. */
    public static PublicException forbidden(String message) {
        return new PublicException(403, message);
    }

    /** The one asking has tried too often, for now. */
    public static PublicException tooMany(String message, String field) {
        return new PublicException(429, message, field);
    }
}
