package org.studiokit.testkit;

import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;

/** Which of the world's users performs an operation: one per default role (PTY-3). */
public enum Who {
    /** Holds every permission. */
    OWNER(Role.OWNER),
    /** Everything but closing periods and administration. */
    MANAGER(Role.MANAGER),
    /** Sells, takes payments, runs production: refused refunds, credit memos and write-offs. */
    CLERK(Role.CLERK);

    private final Actor actor;

    Who(Role role) {
        this.actor = Actor.of(name().toLowerCase(java.util.Locale.ROOT), role);
    }

    /** @return the actor */
    public Actor actor() {
        return actor;
    }
}
