package org.studiokit.core.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * A user acting on the studio: a name and the permissions it holds (PTY-3).
 *
 * @param name        the user's name, recorded on everything it does
 * @param permissions what it may do
 */
public record Actor(String name, Set<Permission> permissions) {

    /** Copies the permissions. */
    public Actor {
        Objects.requireNonNull(name, "name");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /** @return an actor with the permissions of a role */
    public static Actor of(String name, Role role) {
        return new Actor(name, role.permissions());
    }

    /** @return whether the actor holds every given permission */
    public boolean can(Permission... needed) {
        for (Permission p : needed) {
            if (!permissions.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** Throws {@code PERMISSION_DENIED} unless the actor holds every given permission. */
    public void require(Permission... needed) {
        for (Permission p : needed) {
            if (!permissions.contains(p)) {
                throw new StudioException(ErrorCode.PERMISSION_DENIED,
                        name + " lacks permission " + p, "actor", name, "permission", p);
            }
        }
    }
}
