package org.studiokit.core.service;

import java.util.List;
import java.util.Objects;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.StudioStore;

/**
 * The studio's audit log as the facade offers it (AUD-1): read and verify the hash chain, and append an entry only
 * for an actor who holds the permission the audited action needed (PTY-3). The studio's own commands write through
 * their {@link AuditLog}.
 */
public final class AuditTrail {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final StudioStore store;
    private final AuditLog log;

    /**
     * @param store the studio store (for its transactions and reads)
     * @param log   the writing side of the log
     */
    public AuditTrail(StudioStore store, AuditLog log) {
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Appends an entry for an action an actor performed, in one transaction of the store. Refused with
     * {@code PERMISSION_DENIED}, appending nothing, unless the actor holds the permission the action needed.
     *
     * @return the entry appended
     */
    public AuditEntry append(Actor actor, Permission permission, String action, String record, String before,
            String after) {
        Objects.requireNonNull(permission, "permission");
        return store.transaction(() -> {
            actor.require(permission);
            return log.record(actor.name(), action, record, before, after);
        });
    }

    /** @return the log, oldest first */
    public List<AuditEntry> entries() {
        return store.audit();
    }

    /** @return the result of verifying the studio's log */
    public Verification verify() {
        return verify(store.audit());
    }

    /**
     * Verifies a log: sequences count from 1, each entry names the previous entry's hash and its own hash matches
     * its content. Any edit, deletion or reordering breaks the chain.
     */
    public static Verification verify(List<AuditEntry> entries) {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            if (e.sequence() != i + 1 || !e.previous().equals(previous) || !e.hash().equals(AuditLog.hash(e))) {
                return new Verification(false, entries.size(), i + 1);
            }
            previous = e.hash();
        }
        return new Verification(true, entries.size(), 0);
    }

    /**
     * The outcome of a verification.
     *
     * @param valid      whether the chain is intact
     * @param entries    how many entries were checked
     * @param firstBroken the sequence position of the first broken entry, 0 when valid
     */
    public record Verification(boolean valid, int entries, long firstBroken) {
    }
}
