package org.studiokit.posting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.studiokit.core.store.UndoLog;

/** The in-memory export log; its writes roll back with the studio's transaction. */
public final class InMemoryExportLog implements ExportLog {
    private final UndoLog log;
    private final List<ExportRecord> records = new ArrayList<>();

    /** @param log the studio store's undo log */
    public InMemoryExportLog(UndoLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public List<ExportRecord> all() {
        return log.read(() -> List.copyOf(records));
    }

    @Override
    public void append(ExportRecord record) {
        log.read(() -> {
            if (record.sequence() != records.size() + 1) {
                throw new IllegalStateException("export " + record.sequence() + " out of sequence after "
                        + records.size());
            }
            records.add(record);
            log.onUndo(() -> records.remove(records.size() - 1));
            return null;
        });
    }

    @Override
    public void saveStatus(long sequence, DeliveryStatus status, String detail) {
        log.read(() -> {
            int index = (int) sequence - 1;
            ExportRecord previous = records.get(index);
            records.set(index, previous.withStatus(status, detail));
            log.onUndo(() -> records.set(index, previous));
            return null;
        });
    }
}
