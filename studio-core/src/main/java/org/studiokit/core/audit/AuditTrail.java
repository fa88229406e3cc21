package org.studiokit.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.studiokit.core.store.StudioStore;

/**
 * Appends hash-chained entries to the studio's audit log and verifies the chain (AUD-1).
 */
public final class AuditTrail {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final StudioStore store;
    private final Clock clock;

    /**
     * @param store the studio store
     * @param clock the injected clock
     */
    public AuditTrail(StudioStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends an entry and returns it. */
    public AuditEntry record(String actor, String action, String record, String before, String after) {
        AuditEntry last = store.lastAudit().orElse(null);
        String previous = last == null ? GENESIS : last.hash();
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
            if (e.sequence() != i + 1 || !e.previous().equals(previous) || !e.hash().equals(hash(e))) {
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
