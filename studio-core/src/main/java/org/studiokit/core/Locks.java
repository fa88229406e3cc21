package org.studiokit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.StudioStore;

/**
 * The only writes of lock states and the lock date (LCK-1, LCK-3), each checked (PTY-3) and audited (AUD-1):
 * marking records posted in a batch ({@code POST}), unlocking one ({@code UNLOCK}) and closing a period
 * ({@code CLOSE_PERIOD}). The posting side calls them; each call is one transaction of the store and a refusal
 * changes nothing.
 */
public final class Locks {
    private final StudioContext ctx;

    Locks(StudioContext ctx) {
        this.ctx = ctx;
    }

    private StudioStore store() {
        return ctx.store();
    }

    /**
     * PST-1, LCK-1: marks records posted in a batch (each keeps its first batch) and audits the batch. Needs
     * {@code POST}; the batch's date must be after the lock date (LCK-3); a record still locked is refused with
     * {@code LOCKED} (it must be unlocked to be posted again).
     *
     * @param summary what the batch holds, for the audit entry
     */
    public void post(Actor actor, long batch, LocalDate through, List<RecordKey> records, String summary) {
        store().transaction(() -> {
            actor.require(Permission.POST);
            if (batch <= 0 || through == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a batch needs a number and a date", "batch", batch);
            }
            ctx.requireOpen(through);
            Map<Long, Document> documents = new HashMap<>();
            Map<Long, MoneyMovement> movements = new HashMap<>();
            read(records, documents, movements);
            List<Runnable> saves = new ArrayList<>(records.size());
            for (RecordKey key : records) {
                if (key.kind() == RecordKey.Kind.DOCUMENT) {
                    Document d = found(documents.get(key.id()), "document", key.id());
                    StudioContext.requireUnlocked(d.lock(), RecordNames.of(d));
                    saves.add(() -> store().documents().save(d.withLock(d.lock().postedIn(batch))));
                } else {
                    MoneyMovement m = found(movements.get(key.id()), "movement", key.id());
                    StudioContext.requireUnlocked(m.lock(), RecordNames.of(m));
                    saves.add(() -> store().movements().save(m.withLock(m.lock().postedIn(batch))));
                }
            }
            saves.forEach(Runnable::run);
            ctx.audit().record(actor.name(), "POST", "batch " + batch, "", summary);
            return null;
        });
    }

    /**
     * LCK-1: unlocks a posted record (needs {@code UNLOCK} and a reason; audited). Unlocking a void record, one not
     * posted or one already unlocked is {@code NO_CHANGE} (DOC-12, LCK-2); one dated in a closed period is
     * {@code PERIOD_CLOSED} (LCK-3).
     *
     * @return the record's new lock state
     */
    public LockState unlock(Actor actor, RecordKey key, String reason) {
        return store().transaction(() -> {
            actor.require(Permission.UNLOCK);
            Objects.requireNonNull(key, "record");
            if (reason == null || reason.isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "an unlock needs a reason", "record", label(key));
            }
            LockState lock = lockOf(key);
            String label = label(key);
            if (key.kind() == RecordKey.Kind.DOCUMENT ? document(key.id()).voided() : movement(key.id()).voided()) {
                throw new StudioException(ErrorCode.NO_CHANGE, label + " is void: there is nothing to unlock",
                        "record", label);
            }
            ctx.requireOpen(key.kind() == RecordKey.Kind.DOCUMENT ? document(key.id()).date()
                    : movement(key.id()).date());
            if (!lock.posted() || lock.unlocked()) {
                throw new StudioException(ErrorCode.NO_CHANGE, label + (lock.posted()
                        ? " is already unlocked" : " is not posted"), "record", label);
            }
            LockState unlocked = lock.unlock(actor.name(), reason);
            save(key, unlocked);
            ctx.audit().record(actor.name(), "UNLOCK", label, "locked", "unlocked: " + reason);
            return unlocked;
        });
    }

    /**
     * LCK-3: closes the period through a date (needs {@code CLOSE_PERIOD}; audited). Refused with
     * {@code PERIOD_CLOSED} when it is not after the current lock date, and with {@code UNPOSTED_RECORDS} while the
     * posting side reports records dated on or before it that are eligible but unposted, or unlocked.
     *
     * @param unposted the posting side's answer: the labels of the records still open through a date
     * @return the new lock date
     */
    public LocalDate closePeriod(Actor actor, LocalDate through, Function<LocalDate, List<String>> unposted) {
        return store().transaction(() -> {
            actor.require(Permission.CLOSE_PERIOD);
            if (through == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a close needs a date", "through", null);
            }
            LocalDate current = store().lockDate();
            if (current != null && !through.isAfter(current)) {
                throw new StudioException(ErrorCode.PERIOD_CLOSED, "the period through " + current
                        + " is already closed", "through", through, "lockDate", current);
            }
            List<String> open = unposted.apply(through);
            if (!open.isEmpty()) {
                throw new StudioException(ErrorCode.UNPOSTED_RECORDS, "post these records first: "
                        + String.join(", ", open), "through", through, "records", open);
            }
            store().saveLockDate(through);
            ctx.audit().record(actor.name(), "CLOSE_PERIOD", "studio", String.valueOf(current), through.toString());
            return through;
        });
    }

    /** Reads the records a batch marks, one read per kind (a database answers each with a query per chunk of ids). */
    private void read(List<RecordKey> records, Map<Long, Document> documents, Map<Long, MoneyMovement> movements) {
        List<Long> docs = new ArrayList<>();
        List<Long> money = new ArrayList<>();
        records.forEach(k -> (k.kind() == RecordKey.Kind.DOCUMENT ? docs : money).add(k.id()));
        store().documents().findAll(docs).forEach(d -> documents.put(d.id(), d));
        store().movements().findAll(money).forEach(m -> movements.put(m.id(), m));
    }

    private static <T> T found(T record, String kind, long id) {
        if (record == null) {
            throw new StudioException(ErrorCode.NOT_FOUND, "no " + kind + " " + id, kind, id);
        }
        return record;
    }

    private LockState lockOf(RecordKey key) {
        return key.kind() == RecordKey.Kind.DOCUMENT ? document(key.id()).lock() : movement(key.id()).lock();
    }

    private String label(RecordKey key) {
        return key.kind() == RecordKey.Kind.DOCUMENT ? RecordNames.of(document(key.id()))
                : RecordNames.of(movement(key.id()));
    }

    private void save(RecordKey key, LockState lock) {
        if (key.kind() == RecordKey.Kind.DOCUMENT) {
            store().documents().save(document(key.id()).withLock(lock));
        } else {
            store().movements().save(movement(key.id()).withLock(lock));
        }
    }

    private Document document(long id) {
        return store().documents().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document " + id, "document", id));
    }

    private MoneyMovement movement(long id) {
        return store().movements().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no movement " + id, "movement", id));
    }
}
