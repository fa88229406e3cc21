package org.studiokit.export;

import java.util.Optional;
import org.studiokit.posting.export.ExportRecord;

/**
 * What an export gives back.
 *
 * @param format       the format id
 * @param file         the file name it suggests, {@code batch-N.ID.EXT} (EXP-2)
 * @param bytes        the file's content
 * @param transactions how many transactions the file holds
 * @param sha256       the content's SHA-256, lower-case hex
 * @param record       its entry in the export log
 * @param warning      on a re-export, what the bookkeeper must do first (EXP-4)
 */
public record ExportResult(String format, String file, byte[] bytes, int transactions, String sha256,
        ExportRecord record, Optional<String> warning) {
    /** Copies. */
    public ExportResult {
        bytes = bytes.clone();
    }

    /** @return a copy of the content */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
