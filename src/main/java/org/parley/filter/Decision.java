package org.parley.filter;

/** What the filter advises for a submission; the caller decides what that means for its data. */
public enum Decision {
    PUBLISH,
    HOLD,
    REJECT;

    /** The stricter of the two. */
    public Decision atLeast(Decision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
