package org.studiokit.examples.runner;

import java.time.Clock;
import java.time.LocalDate;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;

/** Fresh studios on the in-memory store with sequential ids: the same script always gives the same records. */
public final class InMemoryWorkspaces implements WorkspaceFactory {
    @Override
    public Workspace open(StudioSettings settings, LocalDate lockDate, Clock clock) {
        Studio studio = Studio.inMemory(settings, clock, IdSource.sequential());
        if (lockDate != null) {
            studio.store().saveLockDate(lockDate);
        }
        return new Workspace(studio, Books.inMemory(studio));
    }
}
