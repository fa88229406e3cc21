package org.studiokit.jpa.store;

import java.util.List;
import java.util.Optional;
import org.studiokit.jpa.row.ExportRow;
import org.studiokit.jpa.row.RowKey;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportLog;
import org.studiokit.posting.export.ExportRecord;

/** The export log of one studio on a database (EXP-4, EXP-6); its writes join the studio's transactions. */
public final class JpaExportLog implements ExportLog {
    private final Tx tx;

    /** @param tx the studio's transactions */
    public JpaExportLog(Tx tx) {
        this.tx = tx;
    }

    @Override
    public List<ExportRecord> all() {
        return tx.with(em -> em.createQuery("select e from ExportRow e where e.studioId = :s order by e.id",
                ExportRow.class).setParameter("s", tx.studioId()).getResultStream().map(ExportRow::record).toList());
    }

    @Override
    public long count() {
        return tx.with(em -> em.createQuery("select count(e) from ExportRow e where e.studioId = :s", Long.class)
                .setParameter("s", tx.studioId()).getSingleResult());
    }

    /** Reads only the rows of the format, and decodes only the first that covers the batch. */
    @Override
    public Optional<ExportRecord> first(long batch, String format) {
        return tx.with(em -> em.createQuery("select e from ExportRow e where e.studioId = :s and e.format = :f"
                        + " order by e.id", ExportRow.class).setParameter("s", tx.studioId()).setParameter("f", format)
                .getResultStream().filter(row -> row.covers(batch)).findFirst().map(ExportRow::record));
    }

    @Override
    public void append(ExportRecord record) {
        tx.write(() -> {
            long count = tx.em().createQuery("select count(e) from ExportRow e where e.studioId = :s", Long.class)
                    .setParameter("s", tx.studioId()).getSingleResult();
            if (record.sequence() != count + 1) {
                throw new IllegalStateException("export " + record.sequence() + " out of sequence after " + count);
            }
            tx.em().persist(ExportRow.of(tx.studioId(), record));
            return null;
        });
    }

    @Override
    public void saveStatus(long sequence, DeliveryStatus status, String detail) {
        tx.write(() -> {
            ExportRow row = tx.em().find(ExportRow.class, RowKey.of(tx.studioId(), sequence));
            if (row == null) {
                throw new IllegalStateException("no export " + sequence);
            }
            row.status(status, detail);
            return null;
        });
    }
}
