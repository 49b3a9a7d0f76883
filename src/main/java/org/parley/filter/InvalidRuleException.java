package org.parley.filter;

/** A rule whose data cannot be turned into a matcher; the message says why, for the admin who wrote it. */
public class InvalidRuleException extends IllegalArgumentException {

    public InvalidRuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
