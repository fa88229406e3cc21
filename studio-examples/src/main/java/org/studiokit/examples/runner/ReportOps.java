package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.examples.script.Quote;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.examples.view.ReportJson;
import org.studiokit.posting.report.BatchSummary;
import org.studiokit.posting.report.Reports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report} (SPEC §8, §13). The parameters each report takes, as §13 lists them: {@code trial-balance} asOf
 * or batch; {@code ar-aging}, {@code deposit-reconciliation} and {@code reconciliation} asOf; {@code cash-receipts},
 * {@code sales-tax} and {@code payment-list} from and to; {@code posting-summary} batch; {@code order-status} none.
 * Any other parameter refuses the step with {@code VALIDATION}. Without a date or batch a report covers everything
 * so far.
 */
final class ReportOps {
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "trial-balance", Set.of("asOf", "batch"),
            "ar-aging", Set.of("asOf"),
            "deposit-reconciliation", Set.of("asOf"),
            "reconciliation", Set.of("asOf"),
            "cash-receipts", Set.of("from", "to"),
            "sales-tax", Set.of("from", "to"),
            "posting-summary", Set.of("batch"),
            "payment-list", Set.of("from", "to"),
            "order-status", Set.of());

    private ReportOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("report", ReportOps::report);
    }

    /** @return the report names, in SPEC order */
    static List<String> names() {
        return List.of("trial-balance", "ar-aging", "deposit-reconciliation", "reconciliation", "cash-receipts",
                "sales-tax", "posting-summary", "payment-list", "order-status");
    }

    private static StepResult report(StepContext c) {
        StepInput in = c.in();
        String name = in.string("name");
        Set<String> allowed = PARAMETERS.get(name);
        if (allowed == null) {
            throw StepInput.invalid("name", Quote.of(name) + " is not a report; reports are "
                    + String.join(", ", names()));
        }
        checkParameters(in, name, allowed);
        LocalDate asOf = in.optDate("asOf");
        LocalDate from = in.optDate("from");
        LocalDate to = in.optDate("to");
        Long batch = in.has("batch") ? batch(c, in.raw("batch")) : null;
        Reports reports = c.books().reports();
        ObjectNode o = switch (name) {
            case "trial-balance" -> ReportJson.trialBalance(reports.trialBalance(asOf, batch));
            case "ar-aging" -> ReportJson.arAging(reports.arAging(asOf));
            case "deposit-reconciliation" -> ReportJson.depositReconciliation(reports.depositReconciliation(asOf));
            case "reconciliation" -> ReportJson.reconciliation(reports.reconciliation(asOf));
            case "cash-receipts" -> ReportJson.cashReceipts(reports.cashReceipts(from, to));
            case "sales-tax" -> ReportJson.salesTax(reports.salesTax(from, to));
            case "posting-summary" -> ReportJson.postingSummary(summaries(reports, batch));
            case "payment-list" -> ReportJson.paymentList(reports.paymentList(from, to, false));
            default -> ReportJson.orderStatus(reports.orderStatus());
        };
        return StepResult.of(o);
    }

    /** Refuses a parameter the report does not take (SPEC §13), and asOf with batch together. */
    private static void checkParameters(StepInput in, String name, Set<String> allowed) {
        String takes = allowed.isEmpty() ? "no parameters" : String.join(name.equals("trial-balance") ? " or "
                : " and ", allowed.stream().sorted().toList());
        for (String p : List.of("asOf", "from", "to", "batch")) {
            if (in.has(p) && !allowed.contains(p)) {
                throw StepInput.invalid(p, "report " + name + " takes " + takes);
            }
        }
        if (in.has("asOf") && in.has("batch")) {
            throw StepInput.invalid("batch", "report " + name + " takes asOf or batch, not both");
        }
    }

    private static List<BatchSummary> summaries(Reports reports, Long batch) {
        return reports.postingSummary().stream().filter(b -> batch == null || b.batch() == batch).toList();
    }

    /** A post ref, or a batch number that exists ({@code NOT_FOUND} otherwise). */
    private static long batch(StepContext c, JsonNode n) {
        if (n.isString()) {
            return c.ref("batch", RecordKind.BATCH);
        }
        long number = c.in().whole("batch", 1, Long.MAX_VALUE);
        return c.books().batch(number).number();
    }
}
