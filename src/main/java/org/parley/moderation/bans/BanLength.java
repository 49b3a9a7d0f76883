package org.parley.moderation.bans;

import java.util.List;

import org.parley.shared.Refusal;

/**
 * How long a ban made from a page lasts: the few lengths moderators choose from. The JSON API takes any number
 * of days; the forms offer these so that a slip of the keyboard cannot ban someone for 700 days.
 */
public record BanLength(String value, Integer days) {

    public static final List<BanLength> CHOICES = List.of(
            new BanLength("1", 1),
            new BanLength("7", 7),
            new BanLength("30", 30),
            new BanLength("forever", null));

    /** What the forms preselect. */
    public static final String DEFAULT = "7";

    /** The length a form sent; a 400 naming {@code days} for anything not on the list. */
    public static BanLength parse(String value) {
        String v = value == null ? "" : value.strip();
        return CHOICES.stream().filter(c -> c.value.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> Refusal.invalid("Choose how long the ban lasts.", "days"));
    }

    /** The code a redirect carries for this length ({@code n} in the address): days, or 0 for good. */
    public int code() {
        return days == null ? 0 : days;
    }
}
