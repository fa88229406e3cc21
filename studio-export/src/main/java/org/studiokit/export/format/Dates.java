package org.studiokit.export.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** A date formatter that formats each distinct date once per file (a batch has few dates and many lines). */
final class Dates {
    private final DateTimeFormatter format;
    private final Map<LocalDate, String> done = new HashMap<>();

    /** @param format the format, or null for ISO {@code yyyy-MM-dd} */
    Dates(DateTimeFormatter format) {
        this.format = format;
    }

    String get(LocalDate date) {
        String s = done.get(date);
        if (s == null) {
            s = format == null ? date.toString() : format.format(date);
            done.put(date, s);
        }
        return s;
    }
}
