package org.parley.filter;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of wording whose fate is the site's choice rather than a score: whether a profane word that targets
 * nobody, or a slur a group uses of itself, is harmless depends on context that rules cannot read, so a site
 * decides once what happens to comments with such words (publish, hold for a moderator, reject). A rule that
 * carries a policy still reports its hits, but they add nothing to the score; the site's setting for the policy
 * sets the least the decision is. Stored as the enum name; spoken in JSON as its key.
 */
public enum Policy {
    PROFANITY("profanity", "profanity"),
    RECLAIMABLE_SLUR("reclaimable-slur", "reclaimed slurs");

    /**
     * What a site does with such comments until an admin decides otherwise: a news site's notice promises that
     * abusive comments may be removed, and whether a profane or reclaimed word is harmless in context is a
     * person's call; holding loses nothing, as a moderator can still publish.
     */
    public static final Decision DEFAULT_SETTING = Decision.HOLD;

    private final String key;
    private final String plainWords;

    Policy(String key, String plainWords) {
        this.key = key;
        this.plainWords = plainWords;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** How the site's policy is named to people: "the site's policy on profanity". */
    public String plainWords() {
        return plainWords;
    }

    /** Reads a key ({@code reclaimable-slur}) or an enum name ({@code RECLAIMABLE_SLUR}), in any case. */
    @JsonCreator
    public static Policy parse(String value) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Policy p : values()) {
                if (p.key.equals(v)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("policy must be one of "
                + String.join(", ", Arrays.stream(values()).map(Policy::key).toList()));
    }
}
