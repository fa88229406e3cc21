package org.studiokit.examples.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.examples.view.ReportJson;
import org.studiokit.posting.report.BatchSummary;
import org.studiokit.posting.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code studio report NAME}: a report of SPEC §8 as an aligned table, CSV or JSON (the JSON is the {@code report}
 * step's result of {@code studio run}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Prints a report of the studio's books as a table, CSV or JSON.",
            "Reports: trial-balance [--as-of D | --batch N], ar-aging [--as-of D], deposit-reconciliation [--as-of D],"
                + " reconciliation [--as-of D], cash-receipts [--from D --to D], sales-tax [--from D --to D],"
                + " posting-summary [--batch N], payment-list [--from D --to D], order-status."},
        footer = {"", "Example:", "  studio report ar-aging --as-of 2026-03-31 --format csv > aging.csv",
            "  studio report trial-balance --batch 1 --db jdbc:h2:file:./books/studio"})
public final class ReportCommand extends BooksCommand {
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "trial-balance", Set.of("--as-of", "--batch"),
            "ar-aging", Set.of("--as-of"),
            "deposit-reconciliation", Set.of("--as-of"),
            "reconciliation", Set.of("--as-of"),
            "cash-receipts", Set.of("--from", "--to"),
            "sales-tax", Set.of("--from", "--to"),
            "posting-summary", Set.of("--batch"),
            "payment-list", Set.of("--from", "--to"),
            "order-status", Set.of());

    /** Output formats. */
    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "NAME", description = "The report.")
    private String name;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Balances as of this date (YYYY-MM-DD).")
    private LocalDate asOf;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the range.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the range.")
    private LocalDate to;

    @Option(names = "--batch", paramLabel = "N", description = "A posting batch number.")
    private Long batch;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    int run(Workspace books, Actor actor) {
        Reports reports = books.books().reports();
        if (batch != null) {
            books.books().batch(batch);
        }
        String text = switch (format) {
            case json -> ScriptJson.write(json(reports)) + "\n";
            case csv -> grid(reports).csv();
            case table -> grid(reports).table();
        };
        out().print(text);
        out().flush();
        return OK;
    }

    @Override
    void check() {
        Set<String> allowed = PARAMETERS.get(name);
        if (allowed == null) {
            throw usage("no report " + name + "; reports: " + String.join(", ", new TreeSet<>(PARAMETERS.keySet())));
        }
        Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("--as-of", asOf);
        given.put("--from", from);
        given.put("--to", to);
        given.put("--batch", batch);
        given.forEach((option, value) -> {
            if (value != null && !allowed.contains(option)) {
                throw usage("report " + name + " takes " + (allowed.isEmpty() ? "no parameters"
                        : String.join(" or ", new TreeSet<>(allowed))) + ", not " + option);
            }
        });
        if (asOf != null && batch != null) {
            throw usage("report " + name + " takes --as-of or --batch, not both");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private ObjectNode json(Reports r) {
        return switch (name) {
            case "trial-balance" -> ReportJson.trialBalance(r.trialBalance(asOf, batch));
            case "ar-aging" -> ReportJson.arAging(r.arAging(asOf));
            case "deposit-reconciliation" -> ReportJson.depositReconciliation(r.depositReconciliation(asOf));
            case "reconciliation" -> ReportJson.reconciliation(r.reconciliation(asOf));
            case "cash-receipts" -> ReportJson.cashReceipts(r.cashReceipts(from, to));
            case "sales-tax" -> ReportJson.salesTax(r.salesTax(from, to));
            case "posting-summary" -> ReportJson.postingSummary(summaries(r));
            case "payment-list" -> ReportJson.paymentList(r.paymentList(from, to, false));
            default -> ReportJson.orderStatus(r.orderStatus());
        };
    }

    private Grid grid(Reports r) {
        return switch (name) {
            case "trial-balance" -> ReportGrids.trialBalance(r.trialBalance(asOf, batch), scope());
            case "ar-aging" -> ReportGrids.arAging(r.arAging(asOf));
            case "deposit-reconciliation" -> ReportGrids.depositReconciliation(r.depositReconciliation(asOf));
            case "reconciliation" -> ReportGrids.reconciliation(r.reconciliation(asOf), scope());
            case "cash-receipts" -> ReportGrids.cashReceipts(r.cashReceipts(from, to), scope());
            case "sales-tax" -> ReportGrids.salesTax(r.salesTax(from, to), scope());
            case "posting-summary" -> ReportGrids.postingSummary(summaries(r));
            case "payment-list" -> ReportGrids.paymentList(r.paymentList(from, to, false), scope());
            default -> ReportGrids.orderStatus(r.orderStatus());
        };
    }

    private List<BatchSummary> summaries(Reports r) {
        return r.postingSummary().stream().filter(b -> batch == null || b.batch() == batch).toList();
    }

    private String scope() {
        if (batch != null) {
            return "as of batch " + batch;
        }
        if (asOf != null) {
            return "as of " + asOf;
        }
        if (from != null || to != null) {
            return "from " + (from == null ? "the start" : from) + " to " + (to == null ? "today" : to);
        }
        return "of everything recorded";
    }
}
