package org.studiokit.barcode.scan.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Optional;

/** Serial stop bits. */
public enum StopBits {
    /** One stop bit. */
    ONE("1", SerialPort.ONE_STOP_BIT),
    /** One and a half stop bits. */
    ONE_POINT_FIVE("1.5", SerialPort.ONE_POINT_FIVE_STOP_BITS),
    /** Two stop bits. */
    TWO("2", SerialPort.TWO_STOP_BITS);

    private final String text;
    private final int code;

    StopBits(String text, int code) {
        this.text = text;
        this.code = code;
    }

    /** @return how it is written in options: {@code 1}, {@code 1.5} or {@code 2} */
    public String text() {
        return text;
    }

    /** @return the jSerialComm constant */
    int code() {
        return code;
    }

    /** @return the stop bits written as {@code 1}, {@code 1.5}, {@code 2} or as the constant's name */
    public static Optional<StopBits> parse(String value) {
        for (StopBits bits : values()) {
            if (bits.text.equals(value) || bits.name().equalsIgnoreCase(value)) {
                return Optional.of(bits);
            }
        }
        return Optional.empty();
    }
}
