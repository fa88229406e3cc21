package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;

/** RPT-7: payments received against invoices in a date range (null ends are open), optionally by method. */
final class PaymentListReport {
    private final ReportSources in;

    PaymentListReport(ReportSources in) {
        this.in = in;
    }

    PaymentList of(LocalDate from, LocalDate to, boolean byMethod) {
        List<PaymentRow> rows = new ArrayList<>();
        Money total = in.zero();
        for (MoneyMovement m : in.records().movements()) {
            if (m.kind() == MovementKind.PAYMENT && !m.voided() && ReportSources.inRange(m.date(), from, to)) {
                long invoice = in.records().document(m.documentId()).number();
                rows.add(new PaymentRow(m.number(), m.date(), m.method(), m.amount(), invoice));
                total = total.plus(m.amount());
            }
        }
        Comparator<PaymentRow> order = Comparator.comparing(PaymentRow::date).thenComparingLong(PaymentRow::number);
        if (byMethod) {
            List<String> methods = new ArrayList<>(in.records().settings().paymentMethods().keySet());
            order = Comparator.<PaymentRow>comparingInt(r -> methods.indexOf(r.method())).thenComparing(order);
        }
        rows.sort(order);
        return new PaymentList(rows, total);
    }
}
