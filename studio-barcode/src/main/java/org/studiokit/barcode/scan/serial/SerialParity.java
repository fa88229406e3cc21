package org.studiokit.barcode.scan.serial;

import com.fazecast.jSerialComm.SerialPort;

/** Serial parity. */
public enum SerialParity {
    /** No parity bit (the usual 8N1). */
    NONE(SerialPort.NO_PARITY),
    /** Odd parity. */
    ODD(SerialPort.ODD_PARITY),
    /** Even parity. */
    EVEN(SerialPort.EVEN_PARITY),
    /** Mark parity. */
    MARK(SerialPort.MARK_PARITY),
    /** Space parity. */
    SPACE(SerialPort.SPACE_PARITY);

    private final int code;

    SerialParity(int code) {
        this.code = code;
    }

    /** @return the jSerialComm constant */
    int code() {
        return code;
    }
}
