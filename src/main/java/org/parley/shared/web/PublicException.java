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

    public static PublicException notFound(String message) {
        return new PublicException(404, message);
    }

    public static PublicException badRequest(String message) {
        return new PublicException(400, message);
    }
}
