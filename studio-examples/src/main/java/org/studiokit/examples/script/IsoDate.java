package org.studiokit.examples.script;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Calendar dates as scripts write them: {@code yyyy-MM-dd}, years 0001 to 9999, real days only (SPEC §12). */
public final class IsoDate {
    private static final int LENGTH = "yyyy-MM-dd".length();

    private IsoDate() {
    }

    /**
     * @return the date
     * @throws IllegalArgumentException saying in the user's terms why the text is not a date, e.g.
     *                                  {@code 2026-02-30 is not a date}
     */
    public static LocalDate parse(String text) {
        if (!shaped(text)) {
            throw new IllegalArgumentException(Quote.of(String.valueOf(text))
                    + " is not a date: write it as yyyy-MM-dd, e.g. 2026-03-02");
        }
        try {
            LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            if (date.getYear() < 1) {
                throw new IllegalArgumentException(text + " is not a date: years run from 0001 to 9999");
            }
            return date;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text + " is not a date", e);
        }
    }

    /** @return whether the text is four digits, a dash, two digits, a dash and two digits (ASCII digits only) */
    private static boolean shaped(String text) {
        if (text == null || text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
