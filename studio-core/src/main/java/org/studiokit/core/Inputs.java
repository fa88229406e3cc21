package org.studiokit.core;

import java.time.LocalDate;

/**
 * Checks of plain input values (SPEC §12): dates within years 0001–9999, names and text fields without control
 * characters other than tab. Each check refuses with {@code VALIDATION}, saying what is wrong and what is allowed.
 */
public final class Inputs {
    /** The first date a record may carry. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    /** The last date a record may carry. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private Inputs() {
    }

    /** @return the date, refused with {@code VALIDATION} when it is null or outside years 0001–9999 */
    public static LocalDate date(LocalDate date, String field) {
        if (date == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a " + field + " date is needed", field, null);
        }
        return optionalDate(date, field);
    }

    /** @return the date (null allowed), refused with {@code VALIDATION} when outside years 0001–9999 */
    public static LocalDate optionalDate(LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            throw new StudioException(ErrorCode.VALIDATION, field + " " + date
                    + " is outside the years 0001 to 9999", field, date.toString());
        }
        return date;
    }

    /** @return the text (null allowed), refused with {@code VALIDATION} when it holds a control character but tab */
    public static String text(String text, String field) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) {
                throw new StudioException(ErrorCode.VALIDATION, field + " holds a control character (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "): only printable characters and tab are allowed", field, text);
            }
        }
        return text;
    }
}
