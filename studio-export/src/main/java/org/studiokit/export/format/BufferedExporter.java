package org.studiokit.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.Exporter;

/**
 * A built-in exporter: it formats a book into an {@link ExportBuffer} once, and that buffer either gathers the whole
 * file ({@link #write(ExportBook)}) or hands it on to a stream in chunks as it goes
 * ({@link #write(ExportBook, OutputStream)}), so both give the very same bytes.
 */
abstract class BufferedExporter implements Exporter {
    /** @return the file's charset */
    abstract Charset charset();

    /** @return about how many bytes the file of this book takes */
    abstract long capacity(ExportBook book);

    /** Formats the book into the buffer, calling {@link ExportBuffer#boundary} between transactions. */
    abstract void format(ExportBook book, ExportBuffer out);

    @Override
    public final byte[] write(ExportBook book) {
        ExportBuffer out = new ExportBuffer(charset(), (int) Math.min(1 << 30, capacity(book)));
        format(book, out);
        return out.toByteArray();
    }

    @Override
    public final void write(ExportBook book, OutputStream out) throws IOException {
        stream(book, out, ExportBuffer.CHUNK);
    }

    /** Streams the file in chunks of about {@code chunk} bytes. */
    final void stream(ExportBook book, OutputStream out, int chunk) throws IOException {
        ExportBuffer buffer = ExportBuffer.to(charset(), out, chunk);
        try {
            format(book, buffer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        buffer.finish();
    }
}
