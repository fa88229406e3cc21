package org.studiokit.posting.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.studiokit.core.Studio;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

/**
 * A studio's export log (EXP-4) as its books hand it out: anyone may read it; appending an export needs
 * {@code EXPORT} (and {@code REEXPORT} for a re-export), recording a delivery needs {@code EXPORT} (PTY-3). Each write
 * is one transaction of the studio store; a refusal changes nothing. The exporter audits what it did (AUD-1).
 */
public final class CheckedExportLog {
    private final Studio studio;
    private final ExportLog log;

    /**
     * @param studio the studio whose transactions the log joins
     * @param log    the log on the studio's store
     */
    public CheckedExportLog(Studio studio, ExportLog log) {
        this.studio = Objects.requireNonNull(studio, "studio");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** @return every export, oldest first */
    public List<ExportRecord> all() {
        return log.all();
    }

    /** @return how many exports there are (the last one's sequence) */
    public long count() {
        return log.count();
    }

    /** @return the first export of a batch in a format */
    public Optional<ExportRecord> first(long batch, String format) {
        return log.first(batch, format);
    }

    /** Appends an export made by an actor holding {@code EXPORT} (and {@code REEXPORT} for a re-export). */
    public void append(Actor actor, ExportRecord record) {
        studio.transaction(() -> {
            actor.require(Permission.EXPORT);
            if (record.reexport()) {
                actor.require(Permission.REEXPORT);
            }
            log.append(record);
            return null;
        });
    }

    /** Records an export's delivery status, for an actor holding {@code EXPORT}. */
    public void saveStatus(Actor actor, long sequence, DeliveryStatus status, String detail) {
        studio.transaction(() -> {
            actor.require(Permission.EXPORT);
            log.saveStatus(sequence, status, detail);
            return null;
        });
    }
}
