package org.studiokit.export;

/**
 * EXP-1: an accounting export format. Implementations are listed in
 * {@code META-INF/services/org.studiokit.export.Exporter} and found by {@link java.util.ServiceLoader}, so a host adds
 * its own format without changing the SDK. An exporter must be deterministic: the same book gives the same bytes
 * (EXP-3), and every transaction it writes balances (EXP-5).
 */
public interface Exporter {
    /** @return the format id used by scripts, the command line and file names, e.g. {@code iif} */
    String id();

    /** @return the file extension without a dot, e.g. {@code iif} */
    String extension();

    /** @return the file's content */
    byte[] write(ExportBook book);

    /** @return how many transactions {@link #write} writes for a book (one per transaction by default) */
    default int transactions(ExportBook book) {
        return book.transactions().size();
    }
}
