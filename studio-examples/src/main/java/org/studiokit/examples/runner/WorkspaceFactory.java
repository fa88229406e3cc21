package org.studiokit.examples.runner;

import java.time.Clock;
import java.time.LocalDate;
import org.studiokit.core.settings.StudioSettings;

/**
 * Where a run's studio lives. This build has the in-memory store ({@link InMemoryWorkspaces}); a database store
 * ({@code --db URL}) plugs in here without changing the commands.
 */
@FunctionalInterface
public interface WorkspaceFactory {
    /**
     * Opens a fresh studio.
     *
     * @param settings the studio settings
     * @param lockDate the lock date to start with, or null
     * @param clock    the clock the studio reads
     * @return the studio and its books
     */
    Workspace open(StudioSettings settings, LocalDate lockDate, Clock clock);
}
