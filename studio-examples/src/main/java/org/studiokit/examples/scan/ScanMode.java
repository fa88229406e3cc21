package org.studiokit.examples.scan;

import java.util.Objects;

/**
 * What a batch does to each scanned order (SCN-4): advance it to its next status, or set it to a target status.
 *
 * @param set    whether the batch sets a status (else it advances)
 * @param target the status to set (SET only), else null
 */
public record ScanMode(boolean set, String target) {
    /** Advance every scanned order. */
    public static final ScanMode ADVANCE = new ScanMode(false, null);

    /** Validates: SET has a target, ADVANCE none. */
    public ScanMode {
        if (set) {
            Objects.requireNonNull(target, "target");
        } else if (target != null) {
            throw new IllegalArgumentException("an ADVANCE batch has no target status");
        }
    }

    /** @return a batch that sets every scanned order to a status */
    public static ScanMode set(String target) {
        return new ScanMode(true, target);
    }
}
