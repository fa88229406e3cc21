package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.studiokit.core.audit.AuditEntry;

/** One entry of a studio's hash-chained audit log (AUD-1), appended in the transaction of the change it records. */
@Entity
@Table(name = "sk_audit")
@IdClass(RowKey.class)
public class AuditRow {
    @Id
    String studioId;
    @Id
    long id;
    long atSecond;
    int atNano;
    String actor;
    String action;
    String recordLabel;
    String beforeText;
    String afterText;
    String previousHash;
    String hash;

    /** For the persistence provider. */
    protected AuditRow() {
    }

    /** @return the row of an entry (its sequence is the row id) */
    public static AuditRow of(String studioId, AuditEntry e) {
        AuditRow r = new AuditRow();
        r.studioId = studioId;
        r.id = e.sequence();
        r.atSecond = e.at().getEpochSecond();
        r.atNano = e.at().getNano();
        r.actor = e.actor();
        r.action = e.action();
        r.recordLabel = e.record();
        r.beforeText = e.before();
        r.afterText = e.after();
        r.previousHash = e.previous();
        r.hash = e.hash();
        return r;
    }

    /** @return the entry */
    public AuditEntry entry() {
        return new AuditEntry(id, Instant.ofEpochSecond(atSecond, atNano), actor, action, recordLabel, beforeText,
                afterText, previousHash, hash);
    }
}
