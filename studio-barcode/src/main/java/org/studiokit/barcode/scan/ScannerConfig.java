package org.studiokit.barcode.scan;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * What a driver needs to open a source (SCN-1): the source id, the clock that stamps scans, and the driver's
 * options as text (so a command line or settings file can carry them). Each driver documents its option keys.
 *
 * @param sourceId the id carried by every scan and error of the source
 * @param clock    the clock that stamps scans and errors
 * @param options  driver options by key
 */
public record ScannerConfig(String sourceId, Clock clock, Map<String, String> options) {

    /** Validates and copies. */
    public ScannerConfig {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(clock, "clock");
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("a scanner source needs an id");
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** @return a config without options */
    public static ScannerConfig of(String sourceId, Clock clock) {
        return new ScannerConfig(sourceId, clock, Map.of());
    }

    /** @return a copy with one option set */
    public ScannerConfig with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new ScannerConfig(sourceId, clock, copy);
    }

    /** @return an option, or empty when not set or blank */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * @return an option
     * @throws StudioException {@code VALIDATION} when it is not set
     */
    public String required(String key) {
        return option(key).orElseThrow(() -> new StudioException(ErrorCode.VALIDATION,
                "scanner " + sourceId + " needs option " + key, "option", key));
    }

    /**
     * @return an integer option, or the fallback when not set
     * @throws StudioException {@code VALIDATION} when set but not an integer
     */
    public long longOption(String key, long fallback) {
        Optional<String> text = option(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new StudioException(ErrorCode.VALIDATION, "scanner option " + key + " must be a whole number",
                    "option", key, "value", text.get());
        }
    }

    /**
     * @return an integer option, or the fallback when not set
     * @throws StudioException {@code VALIDATION} when set but not an int
     */
    public int intOption(String key, int fallback) {
        long value = longOption(key, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new StudioException(ErrorCode.VALIDATION, "scanner option " + key + " is out of range",
                    "option", key, "value", value);
        }
        return (int) value;
    }
}
