package org.studiokit.examples.runner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.jpa.JpaStudio;
import org.studiokit.jpa.StudioDatabase;

/**
 * Studios on a database ({@code --db URL}): H2, PostgreSQL or MariaDB, the schema migrated on first use. Each run
 * starts from an empty studio (this studio's rows deleted; other studios in the database untouched) unless
 * {@code keep}, when it goes on with the studio as stored (its stored settings win). One database is opened once per
 * process and URL.
 */
public final class DatabaseWorkspaces implements WorkspaceFactory {
    /** The id of the command line's studio in the database. */
    public static final String STUDIO_ID = "studio";
    private static final Map<String, StudioDatabase> OPEN = new ConcurrentHashMap<>();
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.flywaydb")};
    private final String url;
    private final boolean keep;

    /**
     * @param url  the JDBC URL, credentials as parameters
     * @param keep whether to go on with the stored studio instead of starting empty
     */
    public DatabaseWorkspaces(String url, boolean keep) {
        this.url = url;
        this.keep = keep;
    }

    /** @return the database of a URL, opened (and migrated) once per process */
    public static StudioDatabase database(String url) {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        return OPEN.computeIfAbsent(url, StudioDatabase::open);
    }

    @Override
    public Workspace open(StudioSettings settings, LocalDate lockDate, Clock clock) {
        StudioDatabase db = database(url);
        boolean existed = db.holds(STUDIO_ID);
        if (existed && !keep) {
            db.delete(STUDIO_ID);
        }
        JpaStudio s = db.studio(STUDIO_ID, settings, clock);
        if (lockDate != null && !(existed && keep)) {
            s.store().saveLockDate(lockDate);
        }
        return new Workspace(s.studio(), s.books());
    }
}
