package org.studiokit.examples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.posting.report.AgingRow;

/** The printouts' text, extracted with PDFBox, shows the figures the studio computes. */
class PrintoutsTest {
    private static Workspace books;
    private static Studio studio;
    private static Printouts printouts;

    @BeforeAll
    static void fill() {
        books = PrintFixture.books();
        studio = books.studio();
        printouts = new Printouts(studio, books.books().reports(), BarcodeOptions.all(), "Lumen Portraits");
    }

    /** Asserts a line of the text holds the cells in order, separated by spaces only. */
    private static void assertRow(String text, String... cells) {
        String regex = "(?m)^" + String.join("\\s+", java.util.Arrays.stream(cells).map(Pattern::quote).toList())
                + "\\s*$";
        assertThat(Pattern.compile(regex).matcher(text).find()).as("a line %s in\n%s", List.of(cells), text)
                .isTrue();
    }

    @Test
    @DisplayName("§13 print invoice: number, lines, discount, shipping, taxes per rate, total, payments and"
            + " balance due as the studio computes them")
    void invoice_shows_the_studio_figures() {
        Document doc = studio.invoices().byNumber(1042);
        String text = PrintFixture.text(printouts.invoice(1042));
        assertThat(text).contains("Lumen Portraits").contains("Invoice 1042").contains("Jane Doe (client 100)")
                .contains("Date: " + doc.date());
        for (int i = 0; i < doc.lines().size(); i++) {
            LinePricing p = doc.totals().lines().get(i);
            String discount = p.lineDiscount().isZero() ? null : p.lineDiscount().toString();
            String amount = p.gross().minus(p.lineDiscount()).toString();
            var line = doc.lines().get(i);
            if (discount == null) {
                assertRow(text, line.item(), Long.toString(line.quantity()), line.unitPrice().toString(), amount);
            } else {
                assertRow(text, line.item(), Long.toString(line.quantity()), line.unitPrice().toString(), discount,
                        amount);
            }
        }
        assertRow(text, "Subtotal", doc.totals().subtotal().toString());
        assertRow(text, "Discount", doc.totals().discount().toString());
        assertRow(text, "Shipping and handling", doc.totals().shipping().toString());
        assertThat(doc.totals().taxes()).as("the fixture taxes at two rates").hasSize(2);
        for (Map.Entry<String, Money> tax : doc.totals().taxes().entrySet()) {
            assertThat(Pattern.compile("(?m)^Tax " + tax.getKey() + " .*% on "
                    + Pattern.quote(doc.totals().taxable().get(tax.getKey()).toString()) + "\\s+"
                    + Pattern.quote(tax.getValue().toString()) + "\\s*$").matcher(text).find())
                    .as("tax %s in\n%s", tax.getKey(), text).isTrue();
        }
        assertRow(text, "Total", doc.total().toString());
        List<MoneyMovement> moves = studio.balances().movementsOf(doc.id());
        assertThat(moves).as("a payment and a deposit application").hasSize(2);
        for (MoneyMovement m : moves) {
            assertThat(text).contains(m.date() + " ").contains(" " + m.number() + " ");
            assertThat(text).containsPattern(Pattern.quote(m.number() + "") + ".*" + Pattern.quote(
                    m.amount().toString()));
        }
        Money balance = studio.invoices().balance(doc.id());
        assertThat(balance).isNotEqualTo(doc.total());
        assertRow(text, "Balance due", balance.toString());
    }

    @Test
    @DisplayName("§13 print work-order: the order, its invoice and client, items and every status change")
    void work_order_shows_order_and_history() {
        ProductionOrder order = studio.production().byNumber(700);
        String text = PrintFixture.text(printouts.workOrder(700));
        assertThat(text).contains("Work order 700").contains("Vendor: " + order.vendor())
                .contains("Status: " + order.status()).contains("Invoice: 1042").contains("Jane Doe (client 100)");
        studio.invoices().byNumber(1042).lines().forEach(l -> assertRow(text, l.item(), Long.toString(l.quantity())));
        assertThat(order.history()).as("created and advanced twice").hasSize(3);
        for (StatusChange c : order.history()) {
            assertThat(text).containsPattern(Pattern.quote(c.to()) + ".*" + Pattern.quote(c.by()));
        }
        assertThat(text).contains("clerk");
        assertThat(PrintFixture.text(printouts.workOrder(701))).contains("Purchase order 701")
                .contains("Invoice: 1044");
    }

    @Test
    @DisplayName("§13 print statement: open documents with balances as of the date, aging buckets and total due"
            + " equal to the client's row of the A/R aging (RPT-1)")
    void statement_agrees_with_the_aging_report() {
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        var jane = studio.clients().byNumber(100);
        String text = PrintFixture.text(printouts.statement(100, asOf));
        AgingRow row = books.books().reports().arAging(asOf).rows().stream().filter(r -> r.clientNumber() == 100)
                .findFirst().orElseThrow();
        List<StatementPrintout.Open> open = StatementPrintout.open(studio, jane, asOf);
        assertThat(open).extracting(o -> o.doc().number()).containsExactly(1043L, 1042L);
        Money sum = row.deposits();
        for (StatementPrintout.Open o : open) {
            assertThat(o.balance()).isEqualTo(studio.balances().balanceAsOf(o.doc(), asOf));
            assertRow(text, "Invoice " + o.doc().number(), Words.of(o.doc().type()), o.doc().date().toString(), Long.toString(o.days()),
                    o.doc().total().toString(), o.balance().toString());
            sum = sum.plus(o.balance());
        }
        assertThat(sum).isEqualTo(row.total());
        assertThat(row.days61to90().isZero()).as("invoice 1043 is 80 days old").isFalse();
        assertRow(text, row.current().toString(), row.days31to60().toString(), row.days61to90().toString(),
                row.days91plus().toString(), row.deposits().toString(), row.total().toString());
        assertRow(text, "Total due", row.total().toString());
        assertThat(text).doesNotContain("Invoice 1045");

        String early = PrintFixture.text(printouts.statement(100, LocalDate.of(2026, 3, 2)));
        Money before = studio.balances().balanceAsOf(studio.invoices().byNumber(1042), LocalDate.of(2026, 3, 2));
        assertThat(before).isEqualTo(studio.invoices().byNumber(1042).total());
        assertThat(early).containsPattern("Invoice 1042 .*" + Pattern.quote(before.toString()));
    }

    @Test
    @DisplayName("§13 DOC-12 print: a void invoice and unknown numbers are refused with NOT_FOUND naming the number")
    void void_and_unknown_records_are_not_found() {
        assertThatThrownBy(() -> printouts.invoice(1045)).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND)).hasMessageContaining("1045");
        assertThatThrownBy(() -> printouts.invoice(9999)).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND)).hasMessageContaining("9999");
        assertThatThrownBy(() -> printouts.workOrder(799)).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> printouts.statement(999, LocalDate.of(2026, 3, 31)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
