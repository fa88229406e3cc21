package org.studiokit.core.settings;

import java.util.Objects;

/**
 * A session type (PTY-2), optionally naming its GL sales account.
 *
 * @param name    the name
 * @param account the GL income account, or null
 */
public record SessionType(String name, String account) {
    /** Validates. */
    public SessionType {
        Objects.requireNonNull(name, "name");
        org.studiokit.core.Inputs.text(name, "name");
        org.studiokit.core.Inputs.text(account, "account");
    }
}
