package org.studiokit.posting.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.OrderType;

/**
 * RPT-7: live production orders by status, with the value of their invoices: each invoice's total counts once per
 * status, however many of its orders stand there. Orders on an estimate are left out (DOC-8). Statuses come in the
 * order they first appear in the order types; statuses no type knows any more come after them.
 */
final class OrderStatusReport {
    private final ReportSources in;

    OrderStatusReport(ReportSources in) {
        this.in = in;
    }

    OrderStatus of() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<Long, Money>> values = new HashMap<>();
        for (ProductionOrder o : in.records().orders()) {
            Document d = in.records().findDocument(o.documentId()).orElse(null);
            if (o.voided() || d != null && !d.type().financial()) {
                continue;
            }
            counts.merge(o.status(), 1, Integer::sum);
            values.computeIfAbsent(o.status(), k -> new HashMap<>()).put(o.documentId(),
                    d == null ? in.zero() : d.total());
        }
        Map<String, StatusRow> counted = new HashMap<>();
        counts.forEach((st, n) -> counted.put(st, new StatusRow(n,
                values.get(st).values().stream().reduce(in.zero(), Money::plus))));
        Map<String, StatusRow> result = new LinkedHashMap<>();
        for (OrderType t : in.records().settings().orderTypes().values()) {
            t.statuses().forEach(st -> put(result, counted, st));
            t.holds().forEach(st -> put(result, counted, st));
        }
        counted.forEach(result::putIfAbsent);
        return new OrderStatus(result);
    }

    private static void put(Map<String, StatusRow> result, Map<String, StatusRow> counted, String status) {
        if (counted.containsKey(status) && !result.containsKey(status)) {
            result.put(status, counted.get(status));
        }
    }
}
