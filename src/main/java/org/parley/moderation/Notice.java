package org.parley.moderation;

import java.util.Locale;

/**
 * The line at the top of the dashboard after an action. After a redirect it is rebuilt from a few codes in the
 * address (never from text in it, so a crafted link cannot make the page say anything).
 */
public record Notice(String kind, String message, boolean undoable) {

    public static Notice error(String message) {
        return new Notice("error", message, false);
    }

    /** What the codes {@code done}, {@code n}, {@code s} and {@code left} of an address say, or null. */
    static Notice fromCodes(String done, Integer n, Integer skipped, Integer left, ModerationMessages say) {
        if (done == null) {
            return null;
        }
        int count = n == null ? 0 : Math.max(0, n);
        int skip = skipped == null ? 0 : Math.max(0, skipped);
        int stayed = left == null ? 0 : Math.max(0, left);
        String what = done.toLowerCase(Locale.ROOT);
        return switch (what) {
            case "approve", "remove", "restore", "remove-user" ->
                new Notice(count > 0 ? "success" : "warning", say.acted(what, count, skip), count > 0);
            // n is the ban's length in days, 0 for good.
            case "ban-name", "ban-address" -> new Notice("success", say.banned(what.equals("ban-address"), count),
                    false);
            case "undo" -> new Notice("info", say.undone(count, stayed), false);
            default -> null;
        };
    }
}
