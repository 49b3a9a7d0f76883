package org.parley.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person looking at a staff page, for templates ({@code inject:viewer}): the shared dashboard layout shows
 * admin links only to admins without every page's template having to be handed a flag.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean admin() {
        return !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
    }
}
