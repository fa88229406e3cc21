package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportRecord;

/**
 * One entry of a studio's export log (EXP-4, EXP-6); its sequence is the row id. The exported bytes are kept (as
 * Base64 text, portable across the three databases) so a re-export hands back exactly the same file.
 */
@Entity
@Table(name = "sk_export")
@IdClass(RowKey.class)
public class ExportRow {
    @Id
    String studioId;
    @Id
    long id;
    String format;
    String batchList;
    long atSecond;
    int atNano;
    String actor;
    String sha256;
    boolean reexport;
    String status;
    String detail;
    String content;

    /** For the persistence provider. */
    protected ExportRow() {
    }

    /** @return the row of an export record */
    public static ExportRow of(String studioId, ExportRecord r) {
        ExportRow row = new ExportRow();
        row.studioId = studioId;
        row.id = r.sequence();
        row.format = r.format();
        row.batchList = r.batches().stream().map(String::valueOf).collect(Collectors.joining(","));
        row.atSecond = r.at().getEpochSecond();
        row.atNano = r.at().getNano();
        row.actor = r.actor();
        row.sha256 = r.sha256();
        row.reexport = r.reexport();
        row.status(r.status(), r.detail());
        row.content = Base64.getEncoder().encodeToString(r.content());
        return row;
    }

    /** Replaces the delivery status and its detail. */
    public void status(DeliveryStatus newStatus, String newDetail) {
        this.status = newStatus.name();
        this.detail = newDetail == null ? "" : newDetail;
    }

    /** @return whether this export holds a batch (without decoding its content) */
    public boolean covers(long batch) {
        String number = Long.toString(batch);
        for (String part : batchList.split(",")) {
            if (part.equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** @return the export record this row holds */
    public ExportRecord record() {
        List<Long> batches = Arrays.stream(batchList.split(",")).map(Long::valueOf).toList();
        return new ExportRecord(id, format, batches, Instant.ofEpochSecond(atSecond, atNano), actor, sha256,
                reexport, DeliveryStatus.valueOf(status), detail, Base64.getDecoder().decode(content));
    }
}
