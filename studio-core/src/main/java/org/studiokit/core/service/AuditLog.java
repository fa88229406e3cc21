package org.studiokit.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.store.StudioStore;

/**
 * The writing side of the studio's audit log (AUD-1): appends hash-chained entries. Held by the studio's commands
 * through their {@code StudioContext}, after they checked the actor's permission; never handed out by the facade (a
 * host appends through {@link AuditTrail#append}, which checks the permission).
 */
public final class AuditLog {
    private final StudioStore store;
    private final Clock clock;

    /**
     * @param store the studio store
     * @param clock the injected clock
     */
    public AuditLog(StudioStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends an entry and returns it. */
    public AuditEntry record(String actor, String action, String record, String before, String after) {
        AuditEntry last = store.lastAudit().orElse(null);
        String previous = last == null ? AuditTrail.GENESIS : last.hash();
        long sequence = last == null ? 1L : last.sequence() + 1;
        AuditEntry unsigned = new AuditEntry(sequence, clock.instant(), nz(actor), nz(action), nz(record), nz(before),
                nz(after), previous, "");
        AuditEntry entry = new AuditEntry(sequence, unsigned.at(), unsigned.actor(), unsigned.action(),
                unsigned.record(), unsigned.before(), unsigned.after(), previous, hash(unsigned));
        store.appendAudit(entry);
        return entry;
    }

    /** @return the log, oldest first */
    public List<AuditEntry> entries() {
        return store.audit();
    }

    static String hash(AuditEntry e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {Long.toString(e.sequence()), e.at().toString(), e.actor(), e.action(),
                e.record(), e.before(), e.after(), e.previous()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
