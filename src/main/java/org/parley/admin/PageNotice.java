package org.parley.admin;

/** The line at the top of an account page after a change or a refused one. */
public record PageNotice(String kind, String message) {

    static PageNotice success(String message) {
        return new PageNotice("success", message);
    }

    static PageNotice error(String message) {
        return new PageNotice("error", message);
    }

    /**
     * What a redirect's {@code done} code says about the account it names. Built here from the code and the
     * account as stored, never from text in the address, so a crafted link cannot make the page say anything.
     */
    static PageNotice fromCode(String done, AccountView account) {
        if (done == null) {
            return null;
        }
        if (done.equals("deleted")) {
            return success("Deleted the account. Its entries in the audit log stay.");
        }
        if (account == null) {
            return null;
        }
        String name = account.username();
        return switch (done) {
            case "created" -> success("Created the account " + name + " (" + account.role() + ").");
            case "role" -> success(name + " is now " + (account.admin() ? "an admin." : "a " + account.role() + "."));
            case "enabled" -> success("Enabled " + name + ": they can log in again.");
            case "disabled" -> success("Disabled " + name + ": they cannot log in, and their open sessions have ended.");
            case "password" -> success("Set a new password for " + name + "; the old one no longer works.");
            default -> null;
        };
    }
}
