package org.studiokit.examples.script;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Calendar dates as scripts write them: {@code yyyy-MM-dd}, years 0001 to 9999, real days only (SPEC §12). */
public final class IsoDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {
    }

    /**
     * @return the date
     * @throws IllegalArgumentException saying in the user's terms why the text is not a date, e.g.
     *                                  {@code 2026-02-30 is not a date}
     */
    public static LocalDate parse(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException(Quote.of(String.valueOf(text))
                    + " is not a date: write it as yyyy-MM-dd, e.g. 2026-03-02");
        }
        try {
            LocalDate date = LocalDate.parse(text, FORMAT);
            if (date.getYear() < 1) {
                throw new IllegalArgumentException(text + " is not a date: years run from 0001 to 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text + " is not a date", e);
        }
    }
}
