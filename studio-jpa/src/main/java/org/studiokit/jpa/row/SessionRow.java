package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.studiokit.core.party.Session;

/** A photo session (PTY-2). */
@Entity
@Table(name = "sk_session")
@IdClass(RowKey.class)
public class SessionRow {
    @Id
    String studioId;
    @Id
    long id;
    long recordNo;
    long clientId;
    String sessionType;
    LocalDate sessionDate;
    String photographer;
    String status;

    /** For the persistence provider. */
    protected SessionRow() {
    }

    /** Maps sessions. */
    public static final class Mapper implements RowMapper<Session, SessionRow> {
        @Override
        public Class<SessionRow> rowClass() {
            return SessionRow.class;
        }

        @Override
        public SessionRow newRow(String studioId, Session s) {
            SessionRow r = new SessionRow();
            r.studioId = studioId;
            r.id = s.id();
            update(r, s);
            return r;
        }

        @Override
        public void update(SessionRow r, Session s) {
            r.recordNo = s.number();
            r.clientId = s.clientId();
            r.sessionType = s.sessionType();
            r.sessionDate = s.date();
            r.photographer = s.photographer();
            r.status = s.status();
        }

        @Override
        public Session toRecord(SessionRow r) {
            return new Session(r.id, r.recordNo, r.clientId, r.sessionType, r.sessionDate, r.photographer, r.status);
        }

        @Override
        public String indexProperty(String index) {
            if (index.equals("client")) {
                return "clientId";
            }
            throw RowMapper.noIndex(index);
        }
    }
}
