package org.studiokit.examples.scan;

import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * A scanned payload (BAR-1): a record letter ({@code C} client, {@code S} session, {@code I} invoice, {@code P}
 * production order, either case) and a record number. Parsing strips surrounding whitespace and one leading AIM
 * symbology identifier ({@code ]C0}, {@code ]Q1} …) and accepts 1 to 18 digits with a value above zero.
 *
 * @param letter the upper-case record letter
 * @param number the record number
 */
public record ScanPayload(char letter, long number) {
    private static final int MAX_DIGITS = 18;

    /** @return whether it names a production order */
    public boolean productionOrder() {
        return letter == 'P';
    }

    /**
     * @param text the scanned text
     * @return the payload
     * @throws StudioException {@code INVALID_BARCODE} when the text is not a payload
     */
    public static ScanPayload parse(String text) {
        String body = text.strip();
        if (body.length() >= 3 && body.charAt(0) == ']' && asciiLetter(body.charAt(1))
                && (asciiLetter(body.charAt(2)) || asciiDigit(body.charAt(2)))) {
            body = body.substring(3);
        }
        if (body.length() < 2 || body.length() > MAX_DIGITS + 1) {
            throw invalid(text, "a payload is a record letter and 1 to " + MAX_DIGITS + " digits");
        }
        char letter = Character.toUpperCase(body.charAt(0));
        if ("CSIP".indexOf(letter) < 0 || !asciiLetter(body.charAt(0))) {
            throw invalid(text, "unknown record letter");
        }
        long number = 0;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!asciiDigit(c)) {
                throw invalid(text, "a record number has digits only");
            }
            number = number * 10 + (c - '0');
        }
        if (number == 0) {
            throw invalid(text, "a record number is above zero");
        }
        return new ScanPayload(letter, number);
    }

    /** @return the kind of record the letter stands for, with its article, e.g. {@code an invoice} */
    public String recordName() {
        return switch (letter) {
            case 'C' -> "a client";
            case 'S' -> "a session";
            case 'I' -> "an invoice";
            default -> "a production order";
        };
    }

    private static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static StudioException invalid(String text, String why) {
        return new StudioException(ErrorCode.INVALID_BARCODE, "not a StudioKit barcode: " + why, "barcode", text);
    }
}
