package org.studiokit.examples.people;

import java.time.Clock;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.examples.runner.DatabaseWorkspaces;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.jpa.JpaStudio;
import org.studiokit.jpa.StudioDatabase;

/** Opens the command line's studio in a database; a database without it is refused with {@code NOT_FOUND}. */
final class OpenBooks {
    static {
        // the barcode module brings the SLF4J API without a provider: no warning on standard error for that
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private OpenBooks() {
    }

    /** @return the database of a URL (opened and migrated once per process) */
    static StudioDatabase database(String url) {
        return DatabaseWorkspaces.database(url);
    }

    /** @return the studio stored in the database, with its stored settings */
    static Workspace open(String url) {
        StudioDatabase db = database(url);
        if (!db.holds(DatabaseWorkspaces.STUDIO_ID)) {
            throw new StudioException(ErrorCode.NOT_FOUND, "the database " + url + " holds no studio yet; fill it"
                    + " with studio demo --db URL or studio run SCRIPT.json --db URL --keep", "db", url);
        }
        JpaStudio s = db.studio(DatabaseWorkspaces.STUDIO_ID, StudioSettings.defaults("USD"), Clock.systemUTC());
        return new Workspace(s.studio(), s.books());
    }
}
