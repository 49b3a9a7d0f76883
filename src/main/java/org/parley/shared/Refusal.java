package org.parley.shared;

/**
 * A service's refusal of a request, with a message written for the person asking and safe to show as it is. It
 * says what kind of refusal it is, not how HTTP spells it: the one mapper in {@code shared.web.ErrorMappers}
 * decides the status, so services stay free of the web.
 */
public class Refusal extends RuntimeException {

    /** The kinds of refusal, each named for what the service found. */
    public enum Kind {
        /** The request is wrong: a missing or bad value. */
        INVALID,
        /** What the request names does not exist. */
        NOT_FOUND,
        /** The request clashes with the state things are in (another rule, a change made meanwhile). */
        CONFLICT,
        /** The one asking may not do this. */
        FORBIDDEN,
        /** The one asking has tried too often, for now. */
        TOO_MANY,
        /** What was sent is not of a type this place reads. */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final String field;

    public Refusal(Kind kind, String message, String field) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** The request is wrong: a missing or bad value, at {@code field} when one is to blame. */
    public static Refusal invalid(String message, String field) {
        return new Refusal(Kind.INVALID, message, field);
    }

    public static Refusal invalid(String message) {
        return invalid(message, null);
    }

    public static Refusal notFound(String message) {
        return notFound(message, null);
    }

    public static Refusal notFound(String message, String field) {
        return new Refusal(Kind.NOT_FOUND, message, field);
    }

    public static Refusal conflict(String message) {
        return conflict(message, null);
    }

    public static Refusal conflict(String message, String field) {
        return new Refusal(Kind.CONFLICT, message, field);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message, null);
    }

    public static Refusal tooMany(String message, String field) {
        return new Refusal(Kind.TOO_MANY, message, field);
    }

    public static Refusal unsupportedType(String message) {
        return new Refusal(Kind.UNSUPPORTED_TYPE, message, null);
    }
}
