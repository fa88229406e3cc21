package org.studiokit.export.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.PlainText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qbo}: QuickBooks Online Accounting API v3 JournalEntry objects, one per transaction, as a JSON array (one
 * entry a line): {@code DocNumber} (the stable reference, at most 21 characters), {@code TxnDate},
 * {@code PrivateNote}, and {@code Line[]} with unsigned {@code Amount}, {@code DetailType JournalEntryLineDetail},
 * {@code PostingType} Debit/Credit, {@code AccountRef} and, on lines that name a client, {@code Entity} of type
 * Customer. A host sends each object to {@code POST /v3/company/{realmId}/journalentry} itself (no network code here).
 * The JSON is compact, as Jackson's generator writes it; a string that needs escaping is escaped by that generator,
 * and the pieces every account and client repeats are encoded once per file.
 */
public final class QboExporter implements Exporter {
    static final int DOC_NUMBER_LIMIT = 21;
    static final int NOTE_LIMIT = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PlainText PLAIN = PlainText.except("\"\\");

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
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(StandardCharsets.UTF_8, transactions, 770);
        Entries entries = new Entries(book, out);
        out.ascii('[');
        boolean first = true;
        for (ExportTransaction t : transactions) {
            if (!first) {
                out.ascii(',');
            }
            out.ascii('\n');
            entries.write(t);
            first = false;
        }
        out.ascii('\n').ascii(']').ascii('\n');
        return out.toByteArray();
    }

    /** @return a JSON string value as Jackson's generator writes it (quoted, escaped, UTF-8) */
    static byte[] string(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 8);
        try (JsonGenerator g = JSON.createGenerator(b)) {
            g.writeString(s);
        }
        return b.toByteArray();
    }

    /** Appends a JSON string value: plain text as it is, anything else through Jackson's generator. */
    static void string(ExportBuffer out, String s) {
        if (PLAIN.test(s)) {
            out.ascii('"').text(s).ascii('"');
        } else {
            out.bytes(string(s));
        }
    }

    /** Writes one JournalEntry object per transaction, with the per-account and per-client pieces cached. */
    private static final class Entries {
        private final ExportBook book;
        private final ExportBuffer out;
        private final int scale;
        private final Dates dates;
        private final Map<String, byte[]> accountRefs = new HashMap<>();
        private final Map<String, byte[][]> entities = new HashMap<>();

        Entries(ExportBook book, ExportBuffer out) {
            this.book = book;
            this.out = out;
            this.scale = book.scale();
            this.dates = new Dates(null, out);
        }

        void write(ExportTransaction t) {
            out.text("{\"DocNumber\":");
            string(out, Clean.cut(t.reference(), DOC_NUMBER_LIMIT));
            out.text(",\"TxnDate\":\"");
            dates.write(t.date());
            out.text("\",\"PrivateNote\":");
            if (PLAIN.test(t.reference()) && PLAIN.test(t.label())
                    && t.reference().length() + 1 + t.label().length() <= NOTE_LIMIT) {
                out.ascii('"').text(t.reference()).ascii(' ').text(t.label()).ascii('"');
            } else {
                string(out, Clean.cut(Clean.line(t.reference() + " " + t.label(), ""), NOTE_LIMIT));
            }
            out.text(",\"Line\":[");
            int id = 0;
            for (ExportLine l : t.lines()) {
                if (id > 0) {
                    out.ascii(',');
                }
                line(l, ++id);
            }
            out.ascii(']').ascii('}');
        }

        private void line(ExportLine l, int id) {
            byte[][] entity = l.client() == null ? null : entities.computeIfAbsent(l.client(), Entries::entity);
            out.text("{\"Id\":\"").number(id).ascii('"').ascii(',');
            if (entity != null) {
                out.bytes(entity[0]);
            }
            out.text("\"Amount\":").amount(Math.abs(l.amount()), scale, 0)
                    .text(",\"DetailType\":\"JournalEntryLineDetail\",\"JournalEntryLineDetail\":{\"PostingType\":")
                    .text(l.amount() > 0 ? "\"Debit\"," : "\"Credit\",")
                    .bytes(accountRefs.computeIfAbsent(l.account(), this::accountRef));
            if (entity != null) {
                out.bytes(entity[1]);
            }
            out.ascii('}').ascii('}');
        }

        /** @return {@code "AccountRef":{"value":…,"name":…}} of an account */
        private byte[] accountRef(String account) {
            ExportBuffer b = new ExportBuffer(StandardCharsets.UTF_8, 64);
            b.text("\"AccountRef\":{\"value\":");
            string(b, Clean.line(book.options().code(account), ""));
            b.text(",\"name\":");
            string(b, Clean.line(account, ""));
            return b.ascii('}').toByteArray();
        }

        /** @return a client's {@code "Description":…,} and {@code ,"Entity":{…}} */
        private static byte[][] entity(String client) {
            String name = Clean.line(client, "");
            ExportBuffer description = new ExportBuffer(StandardCharsets.UTF_8, 64).text("\"Description\":");
            string(description, Clean.cut(name, NOTE_LIMIT));
            ExportBuffer entity = new ExportBuffer(StandardCharsets.UTF_8, 64)
                    .text(",\"Entity\":{\"Type\":\"Customer\",\"EntityRef\":{\"name\":");
            string(entity, name);
            return new byte[][] {description.ascii(',').toByteArray(), entity.ascii('}').ascii('}').toByteArray()};
        }
    }
}
