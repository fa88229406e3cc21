package org.studiokit.jpa.row;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.StatusChange;

/** One status change of a production order (PRD-4); the time kept to the nanosecond. */
@Embeddable
public class ChangeCols {
    String fromStatus;
    String toStatus;
    long atSecond;
    int atNano;
    String changedBy;
    String changeSource;

    /** For the persistence provider. */
    protected ChangeCols() {
    }

    static ChangeCols of(StatusChange c) {
        ChangeCols r = new ChangeCols();
        r.fromStatus = c.from();
        r.toStatus = c.to();
        r.atSecond = c.at().getEpochSecond();
        r.atNano = c.at().getNano();
        r.changedBy = c.by();
        r.changeSource = c.source() == null ? null : c.source().name();
        return r;
    }

    StatusChange change() {
        return new StatusChange(fromStatus, toStatus, Instant.ofEpochSecond(atSecond, atNano), changedBy,
                changeSource == null ? null : ChangeSource.valueOf(changeSource));
    }
}
