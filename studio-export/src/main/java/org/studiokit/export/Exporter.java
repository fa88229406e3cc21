package org.studiokit.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * EXP-1: an accounting export format. Implementations are listed in
 * {@code META-INF/services/org.studiokit.export.Exporter} and found by {@link java.util.ServiceLoader}, so a host adds
 * its own format without changing the SDK. An exporter must be deterministic: the same book gives the same bytes
 * (EXP-3), and every transaction it writes balances (EXP-5). An exporter implements {@link #write(ExportBook)};
 * the built-in ones also stream the same bytes with {@link #write(ExportBook, OutputStream)}, which a host uses to
 * save a file without holding it whole.
 */
public interface Exporter {
    /** @return the format id used by scripts, the command line and file names, e.g. {@code iif} */
    String id();

    /** @return the file extension without a dot, e.g. {@code iif} */
    String extension();

    /** @return the file's content */
    byte[] write(ExportBook book);

    /**
     * Writes the file's content to a stream: the very bytes {@link #write(ExportBook)} returns. The default writes
     * those bytes; an exporter may stream them as it formats. The stream is neither flushed nor closed.
     *
     * @throws IOException when the stream fails
     */
    default void write(ExportBook book, OutputStream out) throws IOException {
        out.write(write(book));
    }

    /** @return how many transactions {@link #write} writes for a book (one per transaction by default) */
    default int transactions(ExportBook book) {
        return book.transactions().size();
    }
}
