package org.studiokit.posting;

import org.studiokit.core.movement.Pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.posting.Fixture.CLERK;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.posting.report.Reconciliation;
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;

/** The report and posting points settled for stage 1: RPT-3 as of a date, DOC-8, RPT-5, RPT-7 and DOC-12. */
class SettledReportRulesTest {

    private static void refused(Fixture f, ErrorCode code, Executable action) {
        Map<String, Object> before = f.snapshot();
        assertThatThrownBy(action::execute).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("RPT-3 accrual as of a date: GL(A/R) from entries dated on or before it, aging and deposits as of it")
    void accrualReconciliationAsOf() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document march = f.invoice(jane, "2026-03-02", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(march.id(), f.usd("100.00")).method("Cash").on(d("2026-03-10")));
        f.invoice(jane, "2026-04-05", "Print", "50.00");
        f.post("2026-04-30");
        f.invoice(jane, "2026-05-03", "Print", "7.00");
        Reports reports = f.books.reports();

        Reconciliation early = reports.reconciliation(d("2026-03-05"));
        assertThat(early.left()).isEqualTo(f.usd("100.00"));
        assertThat(early.right()).isEqualTo(f.usd("100.00"));
        assertThat(early.holds()).isTrue();
        assertThat(early.items()).isEmpty();

        Reconciliation april = reports.reconciliation(d("2026-04-30"));
        assertThat(april.left()).isEqualTo(f.usd("50.00"));
        assertThat(april.holds()).isTrue();
        assertThat(april.items()).isEmpty();

        Reconciliation now = reports.reconciliation(null);
        assertThat(now.left()).isEqualTo(f.usd("50.00"));
        assertThat(now.right()).isEqualTo(f.usd("57.00"));
        assertThat(now.holds()).isFalse();
        assertThat(now.items()).containsExactly("unposted invoice 1003 7.00");
        assertThat(reports.reconciliation()).isEqualTo(now);
    }

    @Test
    @DisplayName("RPT-3 cash basis as of an earlier run's cut-off: GL(Customer Deposits) and the deposit reconciliation as of it")
    void cashBasisReconciliationAsOf() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-01", "Print", "100.00");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("60.00")).method("Cash").on(d("2026-03-05")));
        f.post("2026-03-31");
        f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Cash").on(d("2026-04-05")));
        f.post("2026-04-30");

        Reconciliation march = f.books.reports().reconciliation(d("2026-03-31"));
        assertThat(march.left()).isEqualTo(f.usd("-60.00"));
        assertThat(march.right()).isEqualTo(f.usd("-60.00"));
        assertThat(march.holds()).isTrue();
        Reconciliation now = f.books.reports().reconciliation(null);
        assertThat(now.left()).isEqualTo(f.usd("0.00"));
        assertThat(now.holds()).isTrue();
    }

    @Test
    @DisplayName("RPT-3 LCK-4 reconciliation reads one snapshot: posting runs at the same time never make balanced books fail to hold")
    void reconciliationIsOneSnapshot() throws Exception {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        work.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 300; i++) {
                Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
                f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("10.00")).method("Cash").on(d("2026-03-03")));
                f.books.post(OWNER, PostingRequest.through(d("2026-03-31")));
            }
            return null;
        }));
        List<Reconciliation> seen = new ArrayList<>();
        work.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 300; i++) {
                seen.add(f.books.reports().reconciliation(null));
            }
            return null;
        }));
        start.countDown();
        for (Future<?> w : work) {
            w.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(seen).hasSize(300).allSatisfy(r -> assertThat(r.holds()).as(r.toString()).isTrue());
        assertThat(f.books.reports().reconciliation(null).left()).isEqualTo(f.usd("-3000.00"));
    }

    @Test
    @DisplayName("DOC-8 an estimate stays out of aging (and its default date), posting, reconciliation and every report")
    void estimatesStayOut() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Client zed = f.client("Zed Estimate");
        f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document estimate = f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.ESTIMATE, zed.id(),
                d("2026-09-01")).line(Line.of("Album", 1, f.usd("900.00"))));
        Reports reports = f.books.reports();
        assertThat(f.books.preview(PostingRequest.through(d("2026-12-31"))))
                .filteredOn(p -> p.record().equals(RecordRef.document(estimate.id())))
                .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("estimates never post"));
        PostingBatch batch = f.post("2026-12-31");
        assertThat(batch.documents()).doesNotContain(estimate.id());
        assertThat(reports.latestDate()).isEqualTo(d("2026-03-02"));
        assertThat(reports.arAging(null).asOf()).isEqualTo(d("2026-03-02"));
        assertThat(reports.arAging(d("2026-12-31")).rows()).extracting(r -> r.client()).containsExactly("Jane Doe");
        assertThat(reports.depositReconciliation(null).rows()).isEmpty();
        Reconciliation r = reports.reconciliation(null);
        assertThat(r.items()).isEmpty();
        assertThat(r.holds()).isTrue();
        assertThat(reports.salesTax(null, null).details()).extracting(t -> t.document()).containsExactly(1001L);
        assertThat(reports.postingSummary()).singleElement()
                .satisfies(b -> assertThat(b.documents()).containsExactly(Map.entry("GENERIC", 1)));
        assertThat(reports.cashReceipts(null, null).days()).isEmpty();
        assertThat(reports.trialBalance(null, null).accounts()).containsEntry("Accounts Receivable", f.usd("100.00"));
    }

    @Test
    @DisplayName("RPT-5 INCLUSIVE: a rate's taxable sales are the net of its rate groups, tax excluded; the rest is non-taxable")
    void inclusiveTaxableIsNet() {
        Fixture f = new Fixture(StudioSettings.defaults("EUR").toBuilder().taxMode(TaxMode.INCLUSIVE)
                .taxRate(TaxRate.of("VAT", "VAT", "20", "VAT Payable")).defaultTaxes(List.of("VAT")).build());
        Client jane = f.client("Jane Doe");
        f.studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), d("2026-03-02"))
                .line(Line.of("Print", 1, f.usd("120.00")))
                .line(Line.of("Retouch", 1, f.usd("30.00")).withTaxes(List.of())));
        f.post("2026-03-31");
        var tax = f.books.reports().salesTax(null, null);
        // the VAT group: 120.00 incl. 20 % → net 100.00, tax 20.00; the 30.00 line is not taxed
        assertThat(tax.rates()).extracting(r -> r.code() + " " + r.taxable() + " " + r.nonTaxable() + " " + r.tax())
                .containsExactly("VAT 100.00 30.00 20.00");
        assertThat(tax.totalTax()).isEqualTo(f.usd("20.00"));
        assertThat(tax.total()).isEqualTo(f.usd("150.00"));
    }

    @Test
    @DisplayName("RPT-7 order status counts each invoice's total once per status, however many of its orders stand there")
    void orderStatusValuesEachInvoiceOncePerStatus() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document big = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document small = f.invoice(jane, "2026-03-03", "Print", "30.00");
        ProductionOrder first = order(f, big, "Lab A");
        order(f, big, "Lab B");
        order(f, big, "Lab C");
        order(f, small, "Lab A");
        f.studio.production().advance(OWNER, first.id(), ChangeSource.MANUAL);
        var statuses = f.books.reports().orderStatus().statuses();
        assertThat(statuses.get("Ordered").count()).isEqualTo(3);
        assertThat(statuses.get("Ordered").value()).isEqualTo(f.usd("130.00"));
        assertThat(statuses.get("In Production").count()).isEqualTo(1);
        assertThat(statuses.get("In Production").value()).isEqualTo(f.usd("100.00"));
        assertThat(statuses.keySet()).containsExactly("Ordered", "In Production");
    }

    private static ProductionOrder order(Fixture f, Document doc, String vendor) {
        return f.studio.production().create(OWNER, doc.id(), vendor, OrderKind.PURCHASE_ORDER, "Print", 0, null, null,
                null);
    }

    @Test
    @DisplayName("DOC-12 LCK-2 unlocking a void record is NO_CHANGE and changes nothing; ERR-1 permission comes first")
    void unlockOfAVoidRecordIsNoChange() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Receipt pay = f.studio.money().pay(OWNER, Pay.of(inv.id(), f.usd("40.00")).method("Cash").on(d("2026-03-03")));
        f.post("2026-03-31");
        RecordRef payment = RecordRef.movement(pay.movement().id());
        f.books.unlock(OWNER, payment, "keyed twice");
        f.studio.money().voidMovement(OWNER, pay.movement().id());
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, payment, "again"));
        f.post("2026-04-30");
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, payment, "again"));
        refused(f, ErrorCode.PERMISSION_DENIED, () -> f.books.unlock(CLERK, payment, "again"));
        assertThatThrownBy(() -> f.books.unlock(OWNER, payment, "again")).hasMessageContaining("payment 1 is void");

        Document unpostedVoid = f.invoice(jane, "2026-05-02", "Print", "10.00");
        f.studio.invoices().voidDocument(OWNER, unpostedVoid.id());
        refused(f, ErrorCode.NO_CHANGE, () -> f.books.unlock(OWNER, RecordRef.document(unpostedVoid.id()), "x"));
    }
}
