package org.studiokit.examples.script;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.settings.StudioSettings;

/**
 * A checked script: the studio it runs on and its steps.
 *
 * @param settings the studio settings from the studio block
 * @param lockDate the lock date to start with, or null
 * @param steps    the steps, in order
 */
public record Script(StudioSettings settings, LocalDate lockDate, List<Step> steps) {
    /** Copies. */
    public Script {
        Objects.requireNonNull(settings, "settings");
        steps = List.copyOf(steps);
    }
}
