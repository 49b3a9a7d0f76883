package org.parley.security.accounts;

import org.parley.shared.web.PageNotice;

/** What an account page says after a change, from the redirect's {@code done} code. */
final class AccountNotice {

    private AccountNotice() {
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
            return PageNotice.success("Deleted the account. Its entries in the audit log stay.");
        }
        if (account == null) {
            return null;
        }
        String name = account.username();
        return switch (done) {
            case "created" -> PageNotice.success("Created the account " + name + " (" + account.role() + ").");
            case "role" -> PageNotice.success(name + " is now " + (account.admin() ? "an admin."
                    : "a " + account.role() + "."));
            case "enabled" -> PageNotice.success("Enabled " + name + ": they can log in again.");
            case "disabled" -> PageNotice.success("Disabled " + name
                    + ": they cannot log in, and their open sessions have ended.");
            case "password" -> PageNotice.success("Set a new password for " + name + "; the old one no longer works.");
            default -> null;
        };
    }
}
