package org.studiokit.examples.script;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.studiokit.core.security.Actor;
import org.studiokit.core.settings.StudioSettings;

/**
 * A checked script: the studio it runs on and where its steps are read from. The steps are not held in memory: each
 * {@link #steps()} reads them again, one at a time.
 *
 * @param settings the studio settings from the studio block
 * @param lockDate the lock date to start with, or null
 * @param users    the users by name, in the order given (the first is the default {@code as})
 * @param source   the script's text
 */
public record Script(StudioSettings settings, LocalDate lockDate, Map<String, Actor> users, ScriptSource source) {
    /** Copies. */
    public Script {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(source, "source");
        users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a script has at least one user");
        }
    }

    /** @return the steps, in order, read afresh from the source */
    public StepCursor steps() {
        return new StepCursor(source, users);
    }
}
