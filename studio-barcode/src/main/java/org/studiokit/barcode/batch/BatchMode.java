package org.studiokit.barcode.batch;

import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * What a batch does to each scanned order (SCN-4): advance it to its next status, or set it to a target status.
 *
 * @param kind   advance or set
 * @param target the status to set (SET only), else null
 */
public record BatchMode(Kind kind, String target) {
    /** Advance every scanned order to its next status (from a hold: back to where it was held). */
    public static final BatchMode ADVANCE = new BatchMode(Kind.ADVANCE, null);

    /** The two kinds of batch. */
    public enum Kind {
        /** Next status. */
        ADVANCE,
        /** A given status. */
        SET
    }

    /** Validates: SET needs a non-blank target, ADVANCE has none. */
    public BatchMode {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SET && (target == null || target.isBlank())) {
            throw new StudioException(ErrorCode.VALIDATION, "a SET batch needs a target status", "status", target);
        }
        if (kind == Kind.ADVANCE && target != null) {
            throw new IllegalArgumentException("an ADVANCE batch has no target");
        }
    }

    /**
     * @return a batch that sets every scanned order to the status (any status of its type or a hold; moving
     *         backwards is refused with {@code INVALID_STATUS_TRANSITION})
     */
    public static BatchMode set(String target) {
        return new BatchMode(Kind.SET, target == null ? null : target.strip());
    }

    @Override
    public String toString() {
        return kind == Kind.ADVANCE ? "ADVANCE" : "SET(" + target + ")";
    }
}
