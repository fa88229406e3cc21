package org.studiokit.examples.script;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** ISO-8601 calendar dates as scripts write them: {@code yyyy-MM-dd}, years 0001 to 9999, real days only. */
public final class IsoDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {
    }

    /**
     * @return the date
     * @throws IllegalArgumentException when the text is not such a date
     */
    public static LocalDate parse(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException("not an ISO date: " + text);
        }
        try {
            LocalDate date = LocalDate.parse(text, FORMAT);
            if (date.getYear() < 1) {
                throw new IllegalArgumentException("year 0000 is not a calendar year");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a calendar date: " + text, e);
        }
    }
}
