package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.LongSums;

/**
 * What is open as of a date, for the accounts receivable aging (RPT-1): the documents with a non-zero balance and the
 * deposit sources with money left unapplied. Only records dated on or before the date count, void records (DOC-12)
 * and estimates (DOC-8) never.
 *
 * @param documents every non-void, non-estimate document dated on or before the date whose balance as of it (DOC-8:
 *                  its total and the money of the movements dated on or before it) is not zero, with that balance,
 *                  in id order
 * @param deposits  every non-void deposit and un-apply dated on or before the date whose amount less its non-void
 *                  applications dated on or before it is not zero, with that remainder, in id order
 */
public record Receivables(List<Item> documents, List<Item> deposits) {

    /**
     * One open record.
     *
     * @param id       the record's internal id
     * @param clientId its client
     * @param date     its date
     * @param minor    its open amount in minor units: a document's balance, a deposit's unapplied remainder
     */
    public record Item(long id, long clientId, LocalDate date, long minor) {
    }

    /** Copies the lists. */
    public Receivables {
        documents = List.copyOf(documents);
        deposits = List.copyOf(deposits);
    }

    /**
     * The receivables as of a date from every record, read once each: one pass over the movements sums each
     * document's money and each deposit source's applications in primitive tables ({@link LongSums}), one pass over
     * the documents takes their balances.
     *
     * @param documents every document, in id order
     * @param movements every money movement, in id order
     * @param asOf      the date
     * @return the receivables as of the date
     */
    public static Receivables scan(List<Document> documents, List<MoneyMovement> movements, LocalDate asOf) {
        LongSums money = new LongSums(1, documents.size());
        LongSums applied = new LongSums(1, 64);
        List<MoneyMovement> sources = new ArrayList<>();
        for (MoneyMovement m : movements) {
            if (m.voided() || m.date().isAfter(asOf)) {
                continue;
            }
            addEffect(money, m, m.documentId());
            addEffect(money, m, m.targetId());
            if (m.kind() == MovementKind.APPLICATION && m.sourceId() != null) {
                applied.add(m.sourceId(), 0, m.amount().minor());
            }
            if (m.kind().depositSource()) {
                sources.add(m);
            }
        }
        List<Item> open = new ArrayList<>();
        for (Document d : documents) {
            if (!d.voided() && d.type().financial() && !d.date().isAfter(asOf)) {
                add(open, d.id(), d.clientId(), d.date(), LongSums.plus(d.total().minor(), money.get(d.id(), 0)));
            }
        }
        List<Item> unapplied = new ArrayList<>();
        for (MoneyMovement m : sources) {
            add(unapplied, m.id(), m.clientId(), m.date(), LongSums.plus(m.amount().minor(), -applied.get(m.id(), 0)));
        }
        return new Receivables(open, unapplied);
    }

    private static void add(List<Item> items, long id, long clientId, LocalDate date, long minor) {
        if (minor != 0) {
            items.add(new Item(id, clientId, date, minor));
        }
    }

    private static void addEffect(LongSums money, MoneyMovement m, Long document) {
        if (document != null) {
            long effect = m.effectOn(document).minor();
            if (effect != 0) {
                money.add(document, 0, effect);
            }
        }
    }
}
