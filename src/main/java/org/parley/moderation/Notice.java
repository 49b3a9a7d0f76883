package org.parley.moderation;

import java.util.Locale;

import org.parley.moderation.bans.BanLength;

/**
 * The line at the top of the dashboard after an action. After a redirect it is rebuilt from a few codes in the
 * address (never from text in it, so a crafted link cannot make the page say anything).
 */
public record Notice(String kind, String message, boolean undoable) {

    public static Notice error(String message) {
        return new Notice("error", message, false);
    }

    /** What the codes {@code done}, {@code n}, {@code s} and {@code left} of an address say, or null. */
    static Notice fromCodes(String done, Integer n, Integer skipped, Integer left) {
        if (done == null) {
            return null;
        }
        int count = n == null ? 0 : Math.max(0, n);
        int skip = skipped == null ? 0 : Math.max(0, skipped);
        int stayed = left == null ? 0 : Math.max(0, left);
        return switch (done.toLowerCase(Locale.ROOT)) {
            case "approve" -> acted("Approved", count, skip, "");
            case "remove" -> acted("Removed", count, skip, "");
            case "restore" -> acted("Restored", count, skip, "");
            case "remove-user" -> acted("Removed", count, skip, " by that user name");
            // n is the ban's length in days, 0 for good.
            case "ban-name" -> new Notice("success", "Banned that user name " + BanLength.phrase(count)
                    + ". Bans are listed, and lifted, under Bans.", false);
            case "ban-address" -> new Notice("success", "Banned that commenter's address " + BanLength.phrase(count)
                    + ". Bans are listed, and lifted, under Bans.", false);
            case "undo" -> new Notice("info", "Undone: " + comments(count) + " back where "
                    + (count == 1 ? "it was" : "they were") + "."
                    + (stayed == 0 ? "" : " " + comments(stayed) + " had been moved on by someone since and "
                            + (stayed == 1 ? "was" : "were") + " left alone."), false);
            default -> null;
        };
    }

    private static Notice acted(String verb, int count, int skipped, String by) {
        String message = verb + " " + comments(count) + by + ".";
        if (skipped > 0) {
            message += " " + comments(skipped) + (skipped == 1 ? " was" : " were")
                    + " skipped: already handled or not in a state for that.";
        }
        return new Notice(count > 0 ? "success" : "warning", message, count > 0);
    }

    static String comments(int n) {
        return n + (n == 1 ? " comment" : " comments");
    }
}
