package org.studiokit.posting.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.studiokit.core.store.LongObjectMap;
import org.studiokit.core.store.UndoLog;
import org.studiokit.posting.journal.Booking;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.export.InMemoryExportLog;

/** The in-memory posting store; its writes roll back with the studio's transaction. */
public final class InMemoryPostingStore implements PostingStore {
    private final UndoLog log;
    private final List<PostingBatch> batches = new ArrayList<>();
    /** What each record booked so far, documents and money movements apart, by id. */
    private final LongObjectMap<Booking> bookedDocuments = new LongObjectMap<>();
    private final LongObjectMap<Booking> bookedMovements = new LongObjectMap<>();
    private final InMemoryExportLog exports;

    /** @param log the studio store's undo log */
    public InMemoryPostingStore(UndoLog log) {
        this.log = log;
        this.exports = new InMemoryExportLog(log);
    }

    /** @return the studio's export log (EXP-4), on the same transactions */
    public InMemoryExportLog exportLog() {
        return exports;
    }

    @Override
    public List<PostingBatch> batches() {
        return log.read(() -> List.copyOf(batches));
    }

    @Override
    public Optional<PostingBatch> batch(long number) {
        return log.read(() -> number >= 1 && number <= batches.size() ? Optional.of(batches.get((int) number - 1))
                : Optional.<PostingBatch>empty());
    }

    @Override
    public long batchCount() {
        return log.read(batches::size);
    }

    @Override
    public void append(PostingBatch batch) {
        log.read(() -> {
            batches.add(batch);
            log.onUndo(() -> batches.remove(batches.size() - 1));
            return null;
        });
    }

    @Override
    public Booking booked(RecordRef record) {
        return log.read(() -> {
            Booking b = booked(record.kind()).get(record.id());
            return b == null ? new Booking() : b.copy();
        });
    }

    @Override
    public void saveBooked(RecordRef record, Booking booking) {
        log.read(() -> {
            LongObjectMap<Booking> booked = booked(record.kind());
            long id = record.id();
            Booking previous = booked.get(id);
            booked.put(id, booking.copy());
            log.onUndo(() -> {
                if (previous == null) {
                    booked.remove(id);
                } else {
                    booked.put(id, previous);
                }
            });
            return null;
        });
    }

    @Override
    public Map<RecordRef, Booking> allBooked() {
        return log.read(() -> {
            Map<RecordRef, Booking> m = new TreeMap<>();
            bookedDocuments.forEach((id, v) -> m.put(RecordRef.document(id), v.copy()));
            bookedMovements.forEach((id, v) -> m.put(RecordRef.movement(id), v.copy()));
            return m;
        });
    }

    private LongObjectMap<Booking> booked(RecordRef.Kind kind) {
        return kind == RecordRef.Kind.DOCUMENT ? bookedDocuments : bookedMovements;
    }
}
