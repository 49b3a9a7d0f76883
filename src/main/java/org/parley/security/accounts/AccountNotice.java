package org.parley.security.accounts;

import org.parley.security.SecurityMessages;
import org.parley.shared.web.PageNotice;

/** What an account page says after a change, from the redirect's {@code done} code. */
final class AccountNotice {

    private AccountNotice() {
    }

    /**
     * What a redirect's {@code done} code says about the account it names. Built here from the code and the
     * account as stored, never from text in the address, so a crafted link cannot make the page say anything.
     */
    static PageNotice fromCode(String done, AccountView account, SecurityMessages say) {
        if (done == null) {
            return null;
        }
        if (done.equals("deleted")) {
            return PageNotice.success(say.deletedAccount());
        }
        if (account == null) {
            return null;
        }
        String name = account.username();
        return switch (done) {
            case "created" -> PageNotice.success(say.createdAccount(name, account.role()));
            case "role" -> PageNotice.success(say.roleChanged(name, account.admin(), account.role()));
            case "enabled" -> PageNotice.success(say.enabledAccount(name));
            case "disabled" -> PageNotice.success(say.disabledAccount(name));
            case "password" -> PageNotice.success(say.passwordSet(name));
            default -> null;
        };
    }
}
