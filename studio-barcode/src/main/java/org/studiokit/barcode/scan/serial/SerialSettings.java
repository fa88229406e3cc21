package org.studiokit.barcode.scan.serial;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * How to talk to a serial scanner. Option keys in a {@link ScannerConfig} (defaults in brackets):
 * {@code port} (required: a name such as {@code ttyUSB0}/{@code COM3} or a path such as {@code /dev/ttyACM0} or
 * a symlink), {@code baud} [9600], {@code dataBits} [8], {@code parity} [NONE], {@code stopBits} [1],
 * {@code terminator} [CR], {@code reconnectMillis} [1000], {@code readTimeoutMillis} [100].
 *
 * @param port              the port name or path; a path is re-resolved on every reconnect
 * @param baudRate          bits per second
 * @param dataBits          5 to 8
 * @param parity            parity
 * @param stopBits          stop bits
 * @param terminator        the suffix the scanner sends (informational: CR, LF and CRLF are all accepted)
 * @param reconnectInterval how long to wait between attempts to open a missing port
 * @param readTimeout       how long one read waits for bytes before the reader checks the port is still there
 */
public record SerialSettings(String port, int baudRate, int dataBits, SerialParity parity, StopBits stopBits,
        LineTerminator terminator, Duration reconnectInterval, Duration readTimeout) {

    /** Validates. */
    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(terminator, "terminator");
        Objects.requireNonNull(reconnectInterval, "reconnectInterval");
        Objects.requireNonNull(readTimeout, "readTimeout");
        refuseUnless(!port.isBlank(), "a serial scanner needs a port", "port", port);
        refuseUnless(baudRate > 0, "baud rate must be above 0", "baud", baudRate);
        refuseUnless(dataBits >= 5 && dataBits <= 8, "data bits must be 5 to 8", "dataBits", dataBits);
        refuseUnless(!reconnectInterval.isNegative() && !reconnectInterval.isZero()
                && reconnectInterval.toMillis() <= 3_600_000, "reconnect interval must be 1 ms to 1 hour",
                "reconnectMillis", reconnectInterval.toMillis());
        refuseUnless(readTimeout.toMillis() >= 1 && readTimeout.toMillis() <= 10_000,
                "read timeout must be 1 to 10000 ms", "readTimeoutMillis", readTimeout.toMillis());
    }

    /** @return 9600 baud 8N1, CR, reconnect every second, for a port */
    public static SerialSettings of(String port) {
        return new SerialSettings(port, 9600, 8, SerialParity.NONE, StopBits.ONE, LineTerminator.CR,
                Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    /**
     * @return the settings held by a config's options
     * @throws StudioException {@code VALIDATION} when an option is missing or wrong
     */
    public static SerialSettings from(ScannerConfig config) {
        return new SerialSettings(config.required("port"),
                config.intOption("baud", 9600),
                config.intOption("dataBits", 8),
                enumOption(config, "parity", SerialParity.class, SerialParity.NONE),
                config.option("stopBits").map(v -> StopBits.parse(v).orElseThrow(() -> wrong("stopBits", v)))
                        .orElse(StopBits.ONE),
                enumOption(config, "terminator", LineTerminator.class, LineTerminator.CR),
                Duration.ofMillis(config.longOption("reconnectMillis", 1000)),
                Duration.ofMillis(config.longOption("readTimeoutMillis", 100)));
    }

    /** @return a config carrying these settings as options (other options kept) */
    public ScannerConfig applyTo(ScannerConfig config) {
        return config.with("port", port)
                .with("baud", Integer.toString(baudRate))
                .with("dataBits", Integer.toString(dataBits))
                .with("parity", parity.name())
                .with("stopBits", stopBits.text())
                .with("terminator", terminator.name())
                .with("reconnectMillis", Long.toString(reconnectInterval.toMillis()))
                .with("readTimeoutMillis", Long.toString(readTimeout.toMillis()));
    }

    /** @return these settings with another reconnect interval */
    public SerialSettings withReconnectInterval(Duration value) {
        return new SerialSettings(port, baudRate, dataBits, parity, stopBits, terminator, value, readTimeout);
    }

    /** @return these settings with another baud rate */
    public SerialSettings withBaudRate(int value) {
        return new SerialSettings(port, value, dataBits, parity, stopBits, terminator, reconnectInterval, readTimeout);
    }

    /** @return these settings with another terminator */
    public SerialSettings withTerminator(LineTerminator value) {
        return new SerialSettings(port, baudRate, dataBits, parity, stopBits, value, reconnectInterval, readTimeout);
    }

    private static <E extends Enum<E>> E enumOption(ScannerConfig config, String key, Class<E> type, E fallback) {
        return config.option(key).map(v -> Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(v.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> wrong(key, v))).orElse(fallback);
    }

    private static StudioException wrong(String key, String value) {
        return new StudioException(ErrorCode.VALIDATION, "serial option " + key + " cannot be " + value,
                "option", key, "value", value);
    }

    private static void refuseUnless(boolean ok, String message, String key, Object value) {
        if (!ok) {
            throw new StudioException(ErrorCode.VALIDATION, message + " (was " + value + ")", "option", key,
                    "value", value);
        }
    }
}
