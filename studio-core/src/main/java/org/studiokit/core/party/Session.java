package org.studiokit.core.party;

import java.time.LocalDate;
import java.util.Objects;
import org.studiokit.core.Identified;

/**
 * A photo session (PTY-2): always involves the camera.
 *
 * @param id           internal id
 * @param number       session number
 * @param clientId     the client
 * @param sessionType  the session type name
 * @param date         the session date
 * @param photographer the photographer or null
 * @param status       free-form status (e.g. "Booked")
 */
public record Session(long id, long number, long clientId, String sessionType, LocalDate date, String photographer,
        String status) implements Identified {
    /** Validates. */
    public Session {
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(date, "date");
    }
}
