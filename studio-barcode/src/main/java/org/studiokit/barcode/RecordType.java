package org.studiokit.barcode;

import java.util.Optional;

/** The kind of record a barcode points at, with the letter that starts its payload (BAR-1). */
public enum RecordType {
    /** A client: {@code C}. */
    CLIENT('C'),
    /** A session: {@code S}. */
    SESSION('S'),
    /** An invoice: {@code I}. */
    INVOICE('I'),
    /** A production order (work order or purchase order): {@code P}. */
    PRODUCTION_ORDER('P');

    private final char letter;

    RecordType(char letter) {
        this.letter = letter;
    }

    /** @return the upper-case letter that starts a payload of this type */
    public char letter() {
        return letter;
    }

    /**
     * @param letter a payload's first character, either case
     * @return the record type it stands for, or empty when it stands for none
     */
    public static Optional<RecordType> ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (RecordType type : values()) {
            if (type.letter == upper) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
