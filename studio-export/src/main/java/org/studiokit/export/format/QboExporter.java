package org.studiokit.export.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
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
public final class QboExporter extends BufferedExporter {
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
    Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 770;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        Entries entries = new Entries(book, out);
        out.ascii('[');
        for (int t = 0, n = book.columns().transactions(); t < n; t++) {
            if (t > 0) {
                out.ascii(',');
            }
            out.ascii('\n');
            entries.write(t);
            out.boundary();
        }
        out.ascii('\n').ascii(']').ascii('\n');
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

    /** Writes one JournalEntry object per transaction, with the per-account and per-client pieces made once. */
    private static final class Entries {
        private final ExportColumns c;
        private final ExportBuffer out;
        private final int scale;
        private final byte[][] dates;
        private final byte[][] accountRefs;
        private final byte[][] descriptions;
        private final byte[][] entities;

        Entries(ExportBook book, ExportBuffer out) {
            this.c = book.columns();
            this.out = out;
            this.scale = book.scale();
            this.dates = Cells.dates(c, out, null);
            this.accountRefs = new byte[c.accountCount()][];
            for (int a = 0; a < accountRefs.length; a++) {
                accountRefs[a] = accountRef(book, c.accountName(a));
            }
            this.descriptions = new byte[c.clientCount()][];
            this.entities = new byte[c.clientCount()][];
            for (int i = 0; i < entities.length; i++) {
                String name = Clean.line(c.clientName(i), "");
                ExportBuffer d = new ExportBuffer(StandardCharsets.UTF_8, 64).text("\"Description\":");
                string(d, Clean.cut(name, NOTE_LIMIT));
                descriptions[i] = d.ascii(',').toByteArray();
                ExportBuffer e = new ExportBuffer(StandardCharsets.UTF_8, 64)
                        .text(",\"Entity\":{\"Type\":\"Customer\",\"EntityRef\":{\"name\":");
                string(e, name);
                entities[i] = e.ascii('}').ascii('}').toByteArray();
            }
        }

        void write(int t) {
            int ref = c.referenceText(t);
            int label = c.labelText(t);
            boolean plainRef = PLAIN.test(c, ref);
            out.text("{\"DocNumber\":");
            if (plainRef && c.length(ref) <= DOC_NUMBER_LIMIT) {
                out.ascii('"');
                c.write(out, ref);
                out.ascii('"');
            } else {
                string(out, Clean.cut(c.text(ref), DOC_NUMBER_LIMIT));
            }
            out.text(",\"TxnDate\":\"").bytes(dates[c.date(t)]).text("\",\"PrivateNote\":");
            if (plainRef && PLAIN.test(c, label) && c.length(ref) + 1 + c.length(label) <= NOTE_LIMIT) {
                out.ascii('"');
                c.write(out, ref);
                out.ascii(' ');
                c.write(out, label);
                out.ascii('"');
            } else {
                string(out, Clean.cut(Clean.line(c.text(ref) + " " + c.text(label), ""), NOTE_LIMIT));
            }
            out.text(",\"Line\":[");
            int id = 0;
            for (int i = c.start(t), end = c.end(t); i < end; i++) {
                if (id > 0) {
                    out.ascii(',');
                }
                line(i, ++id);
            }
            out.ascii(']').ascii('}');
        }

        private void line(int i, int id) {
            int client = c.client(i);
            long amount = c.amount(i);
            out.text("{\"Id\":\"").number(id).ascii('"').ascii(',');
            if (client >= 0) {
                out.bytes(descriptions[client]);
            }
            out.text("\"Amount\":").amount(Math.abs(amount), scale, 0).bytes(amount > 0 ? DEBIT : CREDIT)
                    .bytes(accountRefs[c.account(i)]);
            if (client >= 0) {
                out.bytes(entities[client]);
            }
            out.ascii('}').ascii('}');
        }

        /** @return {@code "AccountRef":{"value":…,"name":…}} of an account */
        private static byte[] accountRef(ExportBook book, String account) {
            ExportBuffer b = new ExportBuffer(StandardCharsets.UTF_8, 64);
            b.text("\"AccountRef\":{\"value\":");
            string(b, Clean.line(book.options().code(account), ""));
            b.text(",\"name\":");
            string(b, Clean.line(account, ""));
            return b.ascii('}').toByteArray();
        }
    }

    private static final byte[] DEBIT = (",\"DetailType\":\"JournalEntryLineDetail\",\"JournalEntryLineDetail\":"
            + "{\"PostingType\":\"Debit\",").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREDIT = (",\"DetailType\":\"JournalEntryLineDetail\",\"JournalEntryLineDetail\":"
            + "{\"PostingType\":\"Credit\",").getBytes(StandardCharsets.US_ASCII);
}
