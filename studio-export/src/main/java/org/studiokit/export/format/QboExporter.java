package org.studiokit.export.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
        StringBuilder out = new StringBuilder("[");
        String sep = "\n";
        for (ExportTransaction t : book.transactions()) {
            out.append(sep).append(JSON.writeValueAsString(entry(book, t)));
            sep = ",\n";
        }
        return out.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode entry(ExportBook book, ExportTransaction t) {
        ObjectNode e = JSON.createObjectNode();
        e.put("DocNumber", Clean.cut(t.reference(), DOC_NUMBER_LIMIT));
        e.put("TxnDate", t.date().toString());
        e.put("PrivateNote", Clean.cut(Clean.line(t.reference() + " " + t.label(), ""), NOTE_LIMIT));
        ArrayNode lines = e.putArray("Line");
        int id = 0;
        for (ExportLine l : t.lines()) {
            ObjectNode line = lines.addObject();
            line.put("Id", Integer.toString(++id));
            if (l.client() != null) {
                line.put("Description", Clean.cut(Clean.line(l.client(), ""), NOTE_LIMIT));
            }
            line.put("Amount", BigDecimal.valueOf(Math.abs(l.amount()), book.scale()));
            line.put("DetailType", "JournalEntryLineDetail");
            ObjectNode detail = line.putObject("JournalEntryLineDetail");
            detail.put("PostingType", l.amount() > 0 ? "Debit" : "Credit");
            ObjectNode account = detail.putObject("AccountRef");
            account.put("value", Clean.line(book.options().code(l.account()), ""));
            account.put("name", Clean.line(l.account(), ""));
            if (l.client() != null) {
                ObjectNode entity = detail.putObject("Entity");
                entity.put("Type", "Customer");
                entity.putObject("EntityRef").put("name", Clean.line(l.client(), ""));
            }
        }
        return e;
    }
}
