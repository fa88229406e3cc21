package org.studiokit.examples.runner;

import java.time.Clock;
import java.time.LocalDate;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.Books;
import org.studiokit.posting.store.InMemoryPostingStore;

/**
 * Fresh studios on the in-memory store with sequential ids: the same script always gives the same records. A script's
 * starting lock date is set on the new store before the studio opens on it.
 */
public final class InMemoryWorkspaces implements WorkspaceFactory {
    @Override
    public Workspace open(StudioSettings settings, LocalDate lockDate, Clock clock) {
        InMemoryStore store = new InMemoryStore(settings);
        if (lockDate != null) {
            store.saveLockDate(lockDate);
        }
        Studio studio = Studio.of(store, clock, IdSource.sequential());
        return new Workspace(studio, new Books(studio, new InMemoryPostingStore(store.undoLog())));
    }
}
