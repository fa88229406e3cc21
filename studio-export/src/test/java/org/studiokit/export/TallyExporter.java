package org.studiokit.export;

import java.nio.charset.StandardCharsets;

/** A host's own exporter, listed in the test class path's META-INF/services: one line per transaction. */
public final class TallyExporter implements Exporter {
    @Override
    public String id() {
        return "tally";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public byte[] write(ExportBook book) {
        StringBuilder sb = new StringBuilder();
        for (ExportTransaction t : book.transactions()) {
            sb.append(t.reference()).append(' ').append(book.amount(t.debits())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
