package org.studiokit.posting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.settings.PaymentMethodType;
import org.studiokit.core.settings.StudioSettings;

/**
 * RPT-4: daily cash receipts in a date range (null ends are open): payments, deposits received and refunds
 * (negative) per day and method, in the studio's method order; card methods are one bank deposit, the rest another.
 */
final class CashReceiptsReport {
    private final ReportSources in;

    CashReceiptsReport(ReportSources in) {
        this.in = in;
    }

    CashReceipts of(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Map<String, Money>> days = new TreeMap<>();
        for (MoneyMovement m : in.records().movements()) {
            if (m.voided() || !m.kind().hasMethod() || !ReportSources.inRange(m.date(), from, to)) {
                continue;
            }
            Money amount = m.kind() == MovementKind.REFUND ? m.amount().negate() : m.amount();
            days.computeIfAbsent(m.date(), k -> new TreeMap<>()).merge(m.method(), amount, Money::plus);
        }
        StudioSettings s = in.records().settings();
        List<ReceiptDay> list = new ArrayList<>();
        Money total = in.zero();
        for (Map.Entry<LocalDate, Map<String, Money>> day : days.entrySet()) {
            ReceiptDay receipts = day(s, day.getKey(), day.getValue());
            list.add(receipts);
            total = total.plus(receipts.cards()).plus(receipts.other());
        }
        return new CashReceipts(list, total);
    }

    private ReceiptDay day(StudioSettings s, LocalDate date, Map<String, Money> byMethod) {
        Map<String, Money> ordered = new LinkedHashMap<>();
        for (String method : s.paymentMethods().keySet()) {
            if (byMethod.containsKey(method)) {
                ordered.put(method, byMethod.get(method));
            }
        }
        byMethod.forEach(ordered::putIfAbsent);
        Money cards = in.zero();
        Money other = in.zero();
        for (Map.Entry<String, Money> e : ordered.entrySet()) {
            boolean card = s.paymentMethods().containsKey(e.getKey())
                    && s.paymentMethods().get(e.getKey()).type() == PaymentMethodType.CREDIT_CARD;
            if (card) {
                cards = cards.plus(e.getValue());
            } else {
                other = other.plus(e.getValue());
            }
        }
        return new ReceiptDay(date, ordered, cards, other, cards.plus(other));
    }
}
