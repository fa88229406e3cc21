package org.studiokit.export.format;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;

/**
 * The cells of one file that many lines repeat (an account, a client, a date), formatted and encoded once per file
 * into a table indexed like the book's {@link ExportColumns} tables, so a line's cell is an array read.
 */
final class Cells {
    private Cells() {
    }

    /** @return every account's cell, by account index */
    static byte[][] accounts(ExportColumns c, ExportBuffer out, Function<String, String> format) {
        byte[][] cells = new byte[c.accountCount()][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = out.encode(format.apply(c.accountName(i)));
        }
        return cells;
    }

    /** @return every client's cell, by client index */
    static byte[][] clients(ExportColumns c, ExportBuffer out, Function<String, String> format) {
        byte[][] cells = new byte[c.clientCount()][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = out.encode(format.apply(c.clientName(i)));
        }
        return cells;
    }

    /** @return every date's cell, by date index; a null format writes ISO {@code yyyy-MM-dd} */
    static byte[][] dates(ExportColumns c, ExportBuffer out, DateTimeFormatter format) {
        byte[][] cells = new byte[c.dayCount()][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = out.encode(format == null ? c.day(i).toString() : format.format(c.day(i)));
        }
        return cells;
    }
}
