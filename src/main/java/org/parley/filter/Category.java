package org.parley.filter;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of harm a rule looks for. Stored as the enum name; spoken in JSON as its lower-case key. */
public enum Category {
    RACIST("racist", "racist"),
    ABUSIVE("abusive", "abusive"),
    OFFTOPIC("offtopic", "off-topic");

    private final String key;
    private final String plainWords;

    Category(String key, String plainWords) {
        this.key = key;
        this.plainWords = plainWords;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** Whether the harm is in what a comment says of people (racist, abusive) rather than in what it is for. */
    public boolean aboutPeople() {
        return this != OFFTOPIC;
    }

    /** How a reader is told about it: "racist", "abusive", "off-topic". */
    public String plainWords() {
        return plainWords;
    }

    @JsonCreator
    public static Category parse(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            for (Category c : values()) {
                if (c.key.equals(v)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("category must be one of racist, abusive, offtopic");
    }
}
