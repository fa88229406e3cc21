package org.studiokit.export.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.export.ExportBuffer;

/**
 * A date formatter that formats and encodes each distinct date once per file (a batch has few dates and many lines,
 * mostly in date order, so the last date is checked first).
 */
final class Dates {
    private final DateTimeFormatter format;
    private final ExportBuffer out;
    private final Map<LocalDate, byte[]> done = new HashMap<>();
    private LocalDate last;
    private byte[] lastBytes;

    /**
     * @param format the format, or null for ISO {@code yyyy-MM-dd}
     * @param out    the file the dates are written to (its charset encodes them)
     */
    Dates(DateTimeFormatter format, ExportBuffer out) {
        this.format = format;
        this.out = out;
    }

    /** @return the date as text */
    String text(LocalDate date) {
        return format == null ? date.toString() : format.format(date);
    }

    /** Appends the date to the file. */
    void write(LocalDate date) {
        out.bytes(bytes(date));
    }

    private byte[] bytes(LocalDate date) {
        if (date.equals(last)) {
            return lastBytes;
        }
        byte[] b = done.get(date);
        if (b == null) {
            b = out.encode(text(date));
            done.put(date, b);
        }
        last = date;
        lastBytes = b;
        return b;
    }
}
