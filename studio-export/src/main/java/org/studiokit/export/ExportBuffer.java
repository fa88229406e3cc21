package org.studiokit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of an export file as an exporter writes them, in the file's charset: text is encoded as it is appended
 * (ASCII copied byte for byte, anything else through the charset, exactly as {@link String#getBytes(Charset)} does),
 * numbers and amounts are written as digits without an intermediate string, cells cached per file are appended as
 * bytes, and bytes already written can be repeated (a transaction's shared cells on each of its lines). Text is
 * encoded string by string, so an exporter keeps a separator between two texts that might split a surrogate pair.
 * A buffer made with {@link #to} hands its bytes on to a stream in chunks: at each {@link #boundary} (between two
 * transactions, where nothing written is repeated any more) once a chunk is full, and at {@link #finish}.
 */
public final class ExportBuffer {
    /** The chunk a streaming buffer hands on at a boundary: small enough to stay in the processor's cache. */
    public static final int CHUNK = 1 << 17;

    private final Charset charset;
    private final OutputStream sink;
    private final int chunk;
    private byte[] buf;
    private int size;

    /**
     * @param charset  the file's charset
     * @param capacity the expected size in bytes (the buffer grows past it as needed)
     */
    public ExportBuffer(Charset charset, int capacity) {
        this(charset, capacity, null, Integer.MAX_VALUE);
    }

    private ExportBuffer(Charset charset, int capacity, OutputStream sink, int chunk) {
        this.charset = charset;
        this.buf = new byte[Math.max(capacity, 64)];
        this.sink = sink;
        this.chunk = chunk;
    }

    /**
     * @param charset the file's charset
     * @param sink    where the bytes go, a chunk at a time
     * @param chunk   how many bytes to gather before handing them on at a {@link #boundary}
     * @return a buffer that streams the file to {@code sink}
     */
    public static ExportBuffer to(Charset charset, OutputStream sink, int chunk) {
        return new ExportBuffer(charset, chunk + (chunk >> 2), java.util.Objects.requireNonNull(sink, "sink"),
                Math.max(1, chunk));
    }

    /**
     * Marks a point where no byte written so far will be repeated or truncated: a streaming buffer hands its bytes
     * on once it holds a chunk, and {@link #size} starts again from 0.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public ExportBuffer boundary() {
        if (size >= chunk) {
            drain();
        }
        return this;
    }

    /** Hands the remaining bytes on to the stream (a streaming buffer); @throws IOException when the stream fails */
    public void finish() throws IOException {
        if (sink == null) {
            throw new IllegalStateException("not a streaming buffer");
        }
        try {
            drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void drain() {
        if (sink == null) {
            return;
        }
        try {
            sink.write(buf, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size = 0;
    }

    /**
     * @param charset             the file's charset
     * @param transactions        the transactions the file will hold
     * @param bytesPerTransaction about how many bytes the file takes per transaction
     * @return a buffer sized for the file
     */
    public static ExportBuffer sized(Charset charset, List<ExportTransaction> transactions, int bytesPerTransaction) {
        return new ExportBuffer(charset, (int) Math.min(1 << 30, (transactions.size() + 64L) * bytesPerTransaction));
    }

    /** @return the bytes written so far; also where the next byte goes, for {@link #repeat} */
    public int size() {
        return size;
    }

    /** Drops the bytes written from {@code size} on (a cell that turned out not to fit). */
    public ExportBuffer truncate(int size) {
        if (size < 0 || size > this.size) {
            throw new IndexOutOfBoundsException(size);
        }
        this.size = size;
        return this;
    }

    /** @return a text as this file encodes it, to cache a cell that many lines repeat */
    public byte[] encode(String text) {
        return text.getBytes(charset);
    }

    /** Appends one ASCII character. */
    public ExportBuffer ascii(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** Appends a text in the file's charset. */
    public ExportBuffer text(String text) {
        int n = text.length();
        ensure(n);
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                size = at + i;
                return bytes(text.substring(i).getBytes(charset));
            }
            b[at + i] = (byte) c;
        }
        size = at + n;
        return this;
    }

    /** Appends a text that is plain by the given test, and tells whether it was (else nothing is appended). */
    boolean plain(String text, boolean[] allowed) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        ensure(n);
        byte[] b = buf;
        int at = size;
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !allowed[c] || (c == ' ' && prev == ' ')) {
                return false;
            }
            b[at + i] = (byte) c;
            prev = c;
        }
        size = at + n;
        return true;
    }

    /** Appends bytes (a cell this file encoded earlier). */
    public ExportBuffer bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Appends part of a byte array (ASCII text the book holds as bytes). */
    public ExportBuffer bytes(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, buf, size, length);
        size += length;
        return this;
    }

    /** Appends again the bytes already written from {@code from} (inclusive) to {@code to} (exclusive). */
    public ExportBuffer repeat(int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(buf, from, buf, size, n);
        size += n;
        return this;
    }

    /** Appends a whole number in decimal digits, e.g. {@code -42}. */
    public ExportBuffer number(long value) {
        if (value == Long.MIN_VALUE) {
            return text(Long.toString(value));
        }
        ensure(20);
        if (value < 0) {
            buf[size++] = '-';
            value = -value;
        }
        size = Digits.whole(buf, size, value);
        return this;
    }

    /**
     * Appends an amount in minor units as signed plain decimal text, as {@link ExportBook#appendAmount} does.
     *
     * @param minor    the amount in minor units
     * @param scale    the currency's decimals
     * @param decimals the least number of decimals to write (zeros added past the scale)
     */
    public ExportBuffer amount(long minor, int scale, int decimals) {
        if (!Digits.fits(minor, scale)) {
            return text(ExportBook.amountText(minor, scale, decimals));
        }
        ensure(Digits.most(scale, decimals));
        size = Digits.amount(buf, size, minor, scale, decimals);
        return this;
    }

    /**
     * Makes room for {@code n} more bytes, for a writer that fills them itself from {@link #size} on and then calls
     * {@link #advance}.
     *
     * @return the array the bytes go in (valid until the next append)
     */
    byte[] reserve(int n) {
        ensure(n);
        return buf;
    }

    /** Ends the bytes written straight into {@link #reserve}'s array at {@code size}. */
    void advance(int size) {
        if (size < this.size || size > buf.length) {
            throw new IndexOutOfBoundsException(size);
        }
        this.size = size;
    }

    /** @return the file's content (of a streaming buffer: what it holds and has not handed on yet) */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (n > buf.length - size) {
            long want = Math.max((long) buf.length * 2, (long) size + n);
            if (want > Integer.MAX_VALUE - 8) {
                want = Math.max(Integer.MAX_VALUE - 8L, (long) size + n);
            }
            buf = Arrays.copyOf(buf, Math.toIntExact(want));
        }
    }
}
