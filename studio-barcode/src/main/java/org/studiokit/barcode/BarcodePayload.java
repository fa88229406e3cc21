package org.studiokit.barcode;

import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * What a StudioKit barcode holds (BAR-1): a record-type letter and the record number, e.g. {@code I1042}.
 *
 * <p>Grammar accepted by {@link #parse(String)}, after surrounding whitespace is stripped and one leading AIM
 * symbology identifier ({@code ]} + a letter + a letter or digit, e.g. {@code ]C0}, {@code ]Q1}) is removed:
 * <pre>
 *   payload = letter digits
 *   letter  = "C" | "S" | "I" | "P"          (either case)
 *   digits  = 1 to 18 ASCII digits, value &gt; 0 (leading zeros allowed)
 * </pre>
 *
 * @param type   the record type
 * @param number the record number, 1 to {@value #MAX_NUMBER}
 */
public record BarcodePayload(RecordType type, long number) {
    /** The most digits a payload's number may have. */
    public static final int MAX_DIGITS = 18;
    /** The largest record number a payload can carry (18 nines). */
    public static final long MAX_NUMBER = 999_999_999_999_999_999L;

    /** Validates: a type and a number from 1 to {@link #MAX_NUMBER}. */
    public BarcodePayload {
        Objects.requireNonNull(type, "type");
        if (number <= 0 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("a barcode number must be 1.." + MAX_NUMBER + ", not " + number);
        }
    }

    /** @return a payload for a record */
    public static BarcodePayload of(RecordType type, long number) {
        return new BarcodePayload(type, number);
    }

    /** @return the text to put in the barcode, e.g. {@code I1042} */
    public String encode() {
        return type.letter() + Long.toString(number);
    }

    /** @return the same as {@link #encode()} */
    @Override
    public String toString() {
        return encode();
    }

    /**
     * Parses scanned or typed text.
     *
     * @param text the text as it came from the scanner
     * @return the payload
     * @throws StudioException {@code INVALID_BARCODE} when the text is not a payload
     */
    public static BarcodePayload parse(String text) {
        Objects.requireNonNull(text, "text");
        String body = withoutAimIdentifier(text.strip());
        if (body.length() < 2 || body.length() > MAX_DIGITS + 1) {
            throw invalid(text, "a payload is a record letter and 1 to " + MAX_DIGITS + " digits");
        }
        RecordType type = RecordType.ofLetter(body.charAt(0))
                .orElseThrow(() -> invalid(text, "unknown record letter"));
        long number = 0;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "a record number has digits only");
            }
            number = number * 10 + (c - '0');
        }
        if (number == 0) {
            throw invalid(text, "a record number is above zero");
        }
        return new BarcodePayload(type, number);
    }

    private static String withoutAimIdentifier(String text) {
        if (text.length() >= 3 && text.charAt(0) == ']' && isAsciiLetter(text.charAt(1))
                && (isAsciiLetter(text.charAt(2)) || isAsciiDigit(text.charAt(2)))) {
            return text.substring(3);
        }
        return text;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static StudioException invalid(String text, String why) {
        return new StudioException(ErrorCode.INVALID_BARCODE, "not a StudioKit barcode: " + why,
                "barcode", text);
    }
}
