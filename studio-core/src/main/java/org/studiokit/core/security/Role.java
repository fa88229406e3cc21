package org.studiokit.core.security;

import java.util.EnumSet;
import java.util.Set;

/** The default roles (PTY-3). */
public enum Role {
    /** Every permission. */
    OWNER(EnumSet.allOf(Permission.class)),
    /** All but closing periods and administration. */
    MANAGER(EnumSet.complementOf(EnumSet.of(Permission.CLOSE_PERIOD, Permission.ADMIN))),
    /** Selling, taking payments and production. */
    CLERK(EnumSet.of(Permission.SELL, Permission.RECEIVE_PAYMENT, Permission.MANAGE_PRODUCTION));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    /** @return the permissions of the role */
    public Set<Permission> permissions() {
        return permissions;
    }
}
