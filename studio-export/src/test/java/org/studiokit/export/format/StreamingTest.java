package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.export.BatchReader;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportFixture;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.Exporter;
import org.studiokit.export.Hostile;
import org.studiokit.export.RandomStudios;
import org.studiokit.export.TallyExporter;

/** EXP-1 EXP-3: an exporter streams the very bytes it returns, in chunks of any size. */
class StreamingTest {
    private static final int[] CHUNKS = {1, 97, 4096, 1 << 17};

    private static void checkStreams(ExportBook book, String what) throws IOException {
        for (Formats f : Formats.ALL) {
            byte[] whole = f.exporter().write(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.exporter().write(book, out);
            assertThat(out.toByteArray()).as(what + " " + f + " streamed").isEqualTo(whole);
            for (int chunk : CHUNKS) {
                Chunks chunks = new Chunks();
                ((BufferedExporter) f.exporter()).stream(book, chunks, chunk);
                assertThat(chunks.bytes.toByteArray()).as(what + " " + f + " in chunks of " + chunk).isEqualTo(whole);
                if (chunk == 1) {
                    assertThat(chunks.sizes).as(what + " " + f + ": handed on at every transaction")
                            .hasSizeGreaterThanOrEqualTo(f.exporter().transactions(book));
                }
            }
        }
    }

    /** Records each write. */
    private static final class Chunks extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public void write(int b) {
            bytes.write(b);
            sizes.add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            sizes.add(len);
        }
    }

    @Test
    @DisplayName("EXP-3 every format streams the same bytes as write(book): golden, hostile and raw hostile books")
    void fixedBooksStreamTheSameBytes() throws IOException {
        ExportFixture golden = ExportFixture.golden();
        checkStreams(golden.book(ExportOptions.defaults()), "golden");
        checkStreams(Hostile.studio().book(ExportOptions.defaults()), "hostile");
        checkStreams(HostileNamesTest.rawBook(), "raw");
    }

    @Test
    @DisplayName("EXP-3 every format streams the same bytes as write(book) for 20 random posted studios")
    void randomBooksStreamTheSameBytes() {
        RandomStudios.forAll(20, books -> {
            try {
                checkStreams(new BatchReader(books, ExportOptions.defaults()).read(RandomStudios.all(books)),
                        "random");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    @DisplayName("EXP-1 a host's exporter that only returns bytes streams them through the SPI's default")
    void customExporterStreamsItsBytes() throws IOException {
        ExportBook book = ExportFixture.golden().book(ExportOptions.defaults());
        Exporter tally = new TallyExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tally.write(book, out);
        assertThat(out.toByteArray()).isEqualTo(tally.write(book)).isNotEmpty();
    }

    @Test
    @DisplayName("EXP-3 a stream that fails surfaces as the IOException it threw")
    void failingStreamThrowsItsIOException() {
        ExportBook book = ExportFixture.golden().book(ExportOptions.defaults());
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        for (Formats f : Formats.ALL) {
            assertThatThrownBy(() -> ((BufferedExporter) f.exporter()).stream(book, broken, 1)).as(f.toString())
                    .isInstanceOf(IOException.class).hasMessage("disk full");
        }
    }
}
