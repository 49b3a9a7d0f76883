package org.parley.filter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which part of a submission a rule reads and a hit points into. */
public enum Field {
    /** The comment itself. */
    TEXT("text"),
    /** The name it is signed with. */
    AUTHOR("userName");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Field parse(String value) {
        for (Field f : values()) {
            if (f.key.equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("field must be text or userName");
    }
}
