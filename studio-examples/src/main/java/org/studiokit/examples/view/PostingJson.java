package org.studiokit.examples.view;

import java.util.Map;
import java.util.Optional;
import org.studiokit.core.Studio;
import org.studiokit.core.money.Money;
import org.studiokit.posting.Books;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.report.DebitCredit;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A posting run's result: {@code batch} (null when there was nothing to post), the numbers of the documents and
 * money movements it posted for the first time in posting order, the records whose adjustment it booked, the sums
 * of its debit and credit lines and its journal per account.
 */
public final class PostingJson {
    private final Books books;

    /** @param books the books the batches belong to */
    public PostingJson(Books books) {
        this.books = books;
    }

    /** @return the run's result */
    public ObjectNode of(Optional<PostingBatch> run) {
        ObjectNode o = ScriptJson.object();
        Studio studio = books.studio();
        Money zero = Money.zero(studio.settings().currency());
        if (run.isEmpty()) {
            o.putNull("batch");
        } else {
            o.put("batch", Long.toString(run.get().number()));
        }
        ArrayNode documents = o.putArray("documents");
        ArrayNode movements = o.putArray("movements");
        ArrayNode adjusted = o.putArray("adjusted");
        run.ifPresent(b -> {
            b.documents().forEach(id -> documents.add(number(RecordRef.document(id))));
            b.movements().forEach(id -> movements.add(number(RecordRef.movement(id))));
            b.adjusted().forEach(r -> adjusted.add(number(r)));
        });
        o.put("debits", run.map(PostingBatch::debits).orElse(zero).toString());
        o.put("credits", run.map(PostingBatch::credits).orElse(zero).toString());
        o.set("journal", run.map(this::journal).orElse(ScriptJson.object()));
        return o;
    }

    /** @return debit and credit per account of a batch, accounts sorted by name */
    public ObjectNode journal(PostingBatch batch) {
        return journal(books.reports().journal(batch));
    }

    /** @return debit and credit per account */
    public static ObjectNode journal(Map<String, DebitCredit> accounts) {
        ObjectNode journal = ScriptJson.object();
        accounts.forEach((account, dc) -> {
            ObjectNode line = journal.putObject(account);
            line.put("debit", dc.debit().toString());
            line.put("credit", dc.credit().toString());
        });
        return journal;
    }

    private String number(RecordRef r) {
        Studio studio = books.studio();
        long n = r.kind() == RecordRef.Kind.DOCUMENT
                ? studio.records().documents().find(r.id()).orElseThrow().number()
                : studio.records().movements().find(r.id()).orElseThrow().number();
        return Long.toString(n);
    }
}
