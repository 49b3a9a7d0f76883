package org.parley.security.accounts;

import java.time.Instant;
import java.util.List;

import org.parley.security.Account;
import org.parley.security.Roles;

/** An account as admins see it: never its password hash. {@code roles} are the stored ones, not the implied. */
public record AccountView(long id, String username, List<String> roles, boolean enabled, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id, account.username, List.copyOf(stored(account)), account.enabled,
                account.createdAt);
    }

    /** The one role the page offers for this account: admin, moderator, or none (an account with neither). */
    public String role() {
        return admin() ? Roles.ADMIN : roles.contains(Roles.MODERATOR) ? Roles.MODERATOR : "none";
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Where the account page posts an action on this account. */
    public String pathTo(String action) {
        return "/admin/accounts/" + id + "/" + action;
    }

    /** The roles stored with an account, in their order, without the ones they imply. */
    public static java.util.Set<String> stored(Account account) {
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        for (String r : account.roles.split(",")) {
            if (!r.isBlank()) {
                roles.add(r.strip());
            }
        }
        return roles;
    }
}
