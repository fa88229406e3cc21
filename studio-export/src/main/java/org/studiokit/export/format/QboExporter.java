package org.studiokit.export.format;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qbo}: QuickBooks Online Accounting API v3 JournalEntry objects, one per transaction, as a JSON array (one
 * entry a line): {@code DocNumber} (the stable reference, at most 21 characters), {@code TxnDate},
 * {@code PrivateNote}, and {@code Line[]} with unsigned {@code Amount}, {@code DetailType JournalEntryLineDetail},
 * {@code PostingType} Debit/Credit, {@code AccountRef} and, on lines that name a client, {@code Entity} of type
 * Customer. A host sends each object to {@code POST /v3/company/{realmId}/journalentry} itself (no network code here).
 */
public final class QboExporter implements Exporter {
    static final int DOC_NUMBER_LIMIT = 21;
    static final int NOTE_LIMIT = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String id() {
        return "qbo";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public byte[] write(ExportBook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Map<String, String> names = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        Dates dates = new Dates(null);
        out.write('[');
        byte[] sep = {'\n'};
        for (ExportTransaction t : book.transactions()) {
            out.writeBytes(sep);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                entry(book, t, g, dates, names, codes);
            }
            sep = new byte[] {',', '\n'};
        }
        out.writeBytes(new byte[] {'\n', ']', '\n'});
        return out.toByteArray();
    }

    private static void entry(ExportBook book, ExportTransaction t, JsonGenerator g, Dates dates,
            Map<String, String> names, Map<String, String> codes) {
        g.writeStartObject();
        g.writeStringProperty("DocNumber", Clean.cut(t.reference(), DOC_NUMBER_LIMIT));
        g.writeStringProperty("TxnDate", dates.get(t.date()));
        g.writeStringProperty("PrivateNote", Clean.cut(Clean.line(t.reference() + " " + t.label(), ""), NOTE_LIMIT));
        g.writeArrayPropertyStart("Line");
        int id = 0;
        StringBuilder amount = new StringBuilder(24);
        for (ExportLine l : t.lines()) {
            g.writeStartObject();
            g.writeStringProperty("Id", Integer.toString(++id));
            String client = l.client() == null ? null : names.computeIfAbsent(l.client(), c -> Clean.line(c, ""));
            if (client != null) {
                g.writeStringProperty("Description", Clean.cut(client, NOTE_LIMIT));
            }
            amount.setLength(0);
            g.writeName("Amount");
            g.writeNumber(book.appendAmount(amount, Math.abs(l.amount())).toString());
            g.writeStringProperty("DetailType", "JournalEntryLineDetail");
            g.writeObjectPropertyStart("JournalEntryLineDetail");
            g.writeStringProperty("PostingType", l.amount() > 0 ? "Debit" : "Credit");
            g.writeObjectPropertyStart("AccountRef");
            g.writeStringProperty("value", codes.computeIfAbsent(l.account(), a -> Clean.line(book.options().code(a),
                    "")));
            g.writeStringProperty("name", names.computeIfAbsent(l.account(), a -> Clean.line(a, "")));
            g.writeEndObject();
            if (client != null) {
                g.writeObjectPropertyStart("Entity");
                g.writeStringProperty("Type", "Customer");
                g.writeObjectPropertyStart("EntityRef");
                g.writeStringProperty("name", client);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
