package org.studiokit.export.format;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.studiokit.export.ExportBuffer;

/**
 * The cells of one file that many lines repeat (an account, a client), formatted and encoded once per file. The
 * last few values looked up are kept by identity too: a book's lines share their account name objects, so the few
 * accounts of a file are found without hashing.
 */
final class Cells {
    private static final int RECENT = 8;
    private final Map<String, byte[]> done = new HashMap<>();
    private final String[] recentKeys = new String[RECENT];
    private final byte[][] recentCells = new byte[RECENT][];
    private int next;
    private final Function<String, String> format;
    private final ExportBuffer out;

    /**
     * @param format how the file writes a value (cleaned, shortened, quoted …)
     * @param out    the file (its charset encodes the cells)
     */
    Cells(Function<String, String> format, ExportBuffer out) {
        this.format = format;
        this.out = out;
    }

    /** Appends the value's cell to the file. */
    void write(String value) {
        out.bytes(get(value));
    }

    /** @return the value's cell, encoded */
    byte[] get(String value) {
        String[] keys = recentKeys;
        for (int i = 0; i < RECENT; i++) {
            if (keys[i] == value) {
                return recentCells[i];
            }
        }
        byte[] b = done.get(value);
        if (b == null) {
            b = out.encode(format.apply(value));
            done.put(value, b);
        }
        int at = next++ & (RECENT - 1);
        keys[at] = value;
        recentCells[at] = b;
        return b;
    }
}
