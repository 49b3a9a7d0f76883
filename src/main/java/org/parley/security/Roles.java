package org.parley.security;

/** The role names, in one place. Readers have no role and no account. */
public final class Roles {

    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** The roles an account's stored role list grants: an admin can do everything a moderator can. */
    public static java.util.Set<String> of(String stored) {
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        for (String r : stored.split(",")) {
            if (!r.isBlank()) {
                roles.add(r.strip());
            }
        }
        if (roles.contains(ADMIN)) {
            roles.add(MODERATOR);
        }
        return roles;
    }
}
