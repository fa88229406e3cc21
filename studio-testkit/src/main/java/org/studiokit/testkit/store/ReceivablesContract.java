package org.studiokit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.testkit.store.SampleRecords.usd;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.LockState;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Totals;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.movement.Receivables.Item;
import org.studiokit.core.movement.Receivables;

/**
 * STO-2, the aging's reads (RPT-1): what is open as of a date (documents with a non-zero balance by DOC-8, deposits
 * and un-applies with money left) and the latest record date, void records (DOC-12) and estimates (DOC-8) left out.
 * Each answer is checked against known figures and against {@link Receivables#scan} of every record.
 */
public abstract class ReceivablesContract extends RecordContract {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    private static Document doc(long id, long client, DocumentType type, LocalDate date, long total) {
        Document d = SampleRecords.document(id, 1000 + id, client, null, "d" + id);
        Totals t = d.totals();
        Totals totals = new Totals(t.subtotal(), t.discount(), t.shipping(), t.tax(), usd(total), t.taxes(),
                t.taxable(), t.lines(), t.shippingTaxes(), t.shippingNet());
        Document typed = new Document(id, d.number(), type, client, null, null, null, false, false, "owner",
                d.content().withTotals(totals), d.state());
        return typed.withContent(date, d.lines(), d.discount(), d.shipping(), d.taxes(), totals)
                .withLock(LockState.UNPOSTED);
    }

    private static MoneyMovement money(long id, MovementKind kind, long client, Long document, Long target,
            Long source, int day, long amount) {
        return new MoneyMovement(id, id, kind, MARCH.plusDays(day), usd(amount), kind.hasMethod() ? "Check" : null,
                null, "clerk", null, client, document, target, source, null, false, LockState.UNPOSTED);
    }

    /** Documents 11–16 and movements 21–35 of clients 1–3 (see each line). */
    private void records() {
        write(() -> {
            var docs = core().documents();
            docs.save(doc(11, 1, DocumentType.INITIAL_ORDER, MARCH, 1_570));
            docs.save(doc(12, 1, DocumentType.CREDIT_MEMO, MARCH, -200));
            docs.save(doc(13, 2, DocumentType.ESTIMATE, MARCH.plusDays(200), 900)); // never counts
            docs.save(doc(14, 2, DocumentType.GENERIC, MARCH.plusDays(300), 700).asVoid(Totals.zero(usd(0))));
            docs.save(doc(15, 2, DocumentType.GENERIC, MARCH.plusDays(60), 1_570));
            docs.save(doc(16, 3, DocumentType.REORDER, MARCH, 1_570));
            var money = core().movements();
            money.save(money(21, MovementKind.PAYMENT, 1, 11L, null, null, 1, 500));
            money.save(money(22, MovementKind.PAYMENT, 1, 11L, null, null, 50, 300));
            money.save(money(23, MovementKind.PAYMENT, 1, 11L, null, null, 5, 90).asVoid());
            money.save(money(24, MovementKind.TRANSFER, 1, 12L, 11L, null, 2, 100)); // credit memo → invoice
            money.save(money(33, MovementKind.REFUND, 1, 12L, null, null, 3, 50));
            money.save(money(25, MovementKind.PAYMENT, 3, 16L, null, null, 1, 1_570)); // 16 paid in full
            money.save(money(31, MovementKind.DEPOSIT, 2, null, null, null, 0, 1_000));
            money.save(money(32, MovementKind.APPLICATION, 2, 15L, null, 31L, 61, 400));
            money.save(money(34, MovementKind.UNAPPLY, 3, 16L, null, 25L, 70, 1_570)); // payment 25 taken off
            money.save(money(35, MovementKind.DEPOSIT, 2, null, null, null, 250, 800).asVoid());
        });
    }

    private static Item item(long id, long client, int day, long minor) {
        return new Item(id, client, MARCH.plusDays(day), minor);
    }

    @Test
    @DisplayName("STO-2 RPT-1 open documents and deposits as of a date: balances by DOC-8, void and estimates left out")
    void receivables_as_of_a_date() {
        records();
        assertThat(core().receivables(MARCH.minusDays(1))).isEqualTo(new Receivables(List.of(), List.of()));
        assertThat(core().receivables(MARCH.plusDays(60))).isEqualTo(new Receivables(
                List.of(item(11, 1, 0, 670), item(12, 1, 0, -50), item(15, 2, 60, 1_570)),
                List.of(item(31, 2, 0, 1_000))));
        assertThat(core().receivables(MARCH.plusDays(70))).isEqualTo(new Receivables(
                List.of(item(11, 1, 0, 670), item(12, 1, 0, -50), item(15, 2, 60, 1_170), item(16, 3, 0, 1_570)),
                List.of(item(31, 2, 0, 600), item(34, 3, 70, 1_570))));
        for (int day : new int[] {0, 1, 2, 3, 49, 50, 61, 69, 250, 400}) {
            LocalDate d = MARCH.plusDays(day);
            assertThat(core().receivables(d)).as("as of %s", d)
                    .isEqualTo(Receivables.scan(core().documents().all(), core().movements().all(), d));
        }
    }

    @Test
    @DisplayName("STO-2 RPT-1 the latest record date leaves out estimates and void records; none in an empty studio")
    void latest_record_date() {
        assertThat(core().latestRecordDate()).isNull();
        assertThat(core().receivables(MARCH)).isEqualTo(new Receivables(List.of(), List.of()));
        records();
        assertThat(core().latestRecordDate()).isEqualTo(MARCH.plusDays(70));
        write(() -> core().documents().save(doc(17, 1, DocumentType.CREDIT_MEMO, MARCH.plusDays(90), -10)));
        assertThat(core().latestRecordDate()).isEqualTo(MARCH.plusDays(90));
    }
}
