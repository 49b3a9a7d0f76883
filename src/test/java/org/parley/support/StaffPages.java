package org.parley.support;

import java.util.List;

/** Every staff page a browser test walks, by its path without the leading slash. */
public final class StaffPages {

    public static final List<String> ALL = List.of("moderation", "moderation?tab=published", "moderation/audit",
            "moderation/bans", "moderation/articles", "admin/dashboard", "admin/settings", "admin/test-bench",
            "admin/backtest", "admin/rules", "admin/rules/new", "admin/rules/versions", "admin/rules/tables",
            "admin/mass-check", "admin/accounts", "account/password");

    private StaffPages() {
    }
}
