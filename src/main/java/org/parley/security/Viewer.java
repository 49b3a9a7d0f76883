package org.parley.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person looking at a staff page or calling the staff API: for templates ({@code inject:viewer}), so the
 * shared dashboard layout shows admin links only to admins without every page's template being handed a flag,
 * and for resources, which name the acting user in what they record.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    /** The acting user's name, as the audit trail records it. */
    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean admin() {
        return !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
    }
}
