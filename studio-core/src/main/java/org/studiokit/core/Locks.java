package org.studiokit.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.store.StudioStore;

/**
 * The only writes of lock states and the lock date (LCK-1, LCK-3), each checked (PTY-3) and audited (AUD-1):
 * unlocking a record ({@code UNLOCK}) and closing a period ({@code CLOSE_PERIOD}) here; marking records posted in a
 * batch ({@code POST}) only through the studio's {@link PostingSeat}, which the posting side claims once. Each call
 * is one transaction of the store and a refusal changes nothing.
 */
public final class Locks {
    private final StudioContext ctx;
    private PostingEligibility claimed;

    Locks(StudioContext ctx) {
        this.ctx = ctx;
    }

    private StudioStore store() {
        return ctx.store();
    }

    /** Binds the posting side's eligibility once (the seat's claim); a second claim is refused. */
    synchronized void claim(PostingEligibility eligibility) {
        if (claimed != null) {
            throw new IllegalStateException("the studio's posting seat is taken: its books were built already");
        }
        claimed = eligibility;
    }

    private synchronized PostingEligibility eligibility() {
        return claimed != null ? claimed : this::openWithoutPostingSide;
    }

    /** PST-1, LCK-1: see {@link PostingSeat#post}. */
    void post(Actor actor, long batch, LocalDate through, List<RecordKey> records, String summary) {
        store().transaction(() -> {
            actor.require(Permission.POST);
            if (batch <= 0 || through == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a batch needs a number and a date", "batch", batch);
            }
            ctx.requireOpen(through);
            List<Long> docs = new ArrayList<>();
            List<Long> money = new ArrayList<>();
            records.forEach(k -> (k.kind() == RecordKey.Kind.DOCUMENT ? docs : money).add(k.id()));
            Map<Long, LockState> docLocks = store().documentLocks(docs);
            Map<Long, LockState> moneyLocks = store().movementLocks(money);
            Map<Long, LockState> postedDocs = new LinkedHashMap<>();
            Map<Long, LockState> postedMoney = new LinkedHashMap<>();
            for (RecordKey key : records) {
                boolean document = key.kind() == RecordKey.Kind.DOCUMENT;
                LockState lock = (document ? docLocks : moneyLocks).get(key.id());
                if (lock == null) {
                    String kind = document ? "document" : "movement";
                    throw new StudioException(ErrorCode.NOT_FOUND, "no " + kind + " " + key.id(), kind, key.id());
                }
                if (lock.locked()) {
                    StudioContext.requireUnlocked(lock, label(key));
                }
                (document ? postedDocs : postedMoney).put(key.id(), lock.postedIn(batch));
            }
            store().saveLocks(postedDocs, postedMoney);
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
     * {@code PERIOD_CLOSED} when it is not after the current lock date, and with {@code UNPOSTED_RECORDS} while
     * records dated on or before it are eligible but unposted, or unlocked: the studio's posting side (the claimant of
     * its {@link PostingSeat}) says which. A studio without a posting side counts every live record dated through it
     * that is not posted and locked (estimates excepted): without a journal nothing is ever posted, so it closes only
     * an empty period.
     *
     * @return the new lock date
     */
    public LocalDate closePeriod(Actor actor, LocalDate through) {
        return closePeriod(actor, through, eligibility());
    }

    LocalDate closePeriod(Actor actor, LocalDate through, PostingEligibility unposted) {
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
            List<String> open = unposted.openThrough(through);
            if (!open.isEmpty()) {
                throw new StudioException(ErrorCode.UNPOSTED_RECORDS, "post these records first: "
                        + String.join(", ", open), "through", through, "records", open);
            }
            store().saveLockDate(through);
            ctx.audit().record(actor.name(), "CLOSE_PERIOD", "studio", String.valueOf(current), through.toString());
            return through;
        });
    }

    /**
     * LCK-3 without a posting side: every live, non-estimate record dated through a date that is not posted and
     * locked, found with the store's posting finders (a database answers them from its indexes).
     */
    private List<String> openWithoutPostingSide(LocalDate through) {
        List<String> open = new ArrayList<>();
        for (Document d : store().documentsToPost(through)) {
            if (!d.date().isAfter(through) && d.type() != DocumentType.ESTIMATE
                    && open(d.lock(), d.voided())) {
                open.add(RecordNames.of(d));
            }
        }
        for (MoneyMovement m : store().movementsToPost(through)) {
            if (!m.date().isAfter(through) && open(m.lock(), m.voided())) {
                open.add(RecordNames.of(m));
            }
        }
        return open;
    }

    private static boolean open(LockState lock, boolean voided) {
        return lock.posted() ? lock.unlocked() : !voided;
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
