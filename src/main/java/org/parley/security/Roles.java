package org.parley.security;

/** The role names, in one place. Readers have no role and no account. */
public final class Roles {

    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
