package org.parley.filter;

/**
 * A rule whose data cannot be turned into a matcher; the message says why, for the admin who wrote it, and
 * {@link #field()} names the field at fault where one can be named (an API answers with it).
 */
public class InvalidRuleException extends IllegalArgumentException {

    private final String field;

    public InvalidRuleException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public InvalidRuleException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The field at fault ({@code "terms"}, {@code "rules[3].pattern"}), or null. */
    public String field() {
        return field;
    }

    /** The same error, its field placed inside {@code prefix} (a rule's place in a pack, say). */
    public InvalidRuleException within(String prefix) {
        return new InvalidRuleException(getMessage(), field == null ? prefix : prefix + "." + field, getCause());
    }
}
