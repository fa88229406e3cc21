package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.export.AccountType;
import org.studiokit.export.Csv;
import org.studiokit.export.ExportBatch;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Hostile;
import org.studiokit.export.Names;
import org.studiokit.export.Source;

/** EXP-5: names cleaned and shortened deterministically, kept distinct; CSV cells neutralised. */
class HostileNamesTest {
    /** A book straight from hostile text, line breaks included (the studio refuses those; exporters still cope). */
    static ExportBook rawBook() {
        List<String> names = new ArrayList<>(Hostile.NAMES);
        names.add("Carriage\rreturn only");
        names.add("New\nline\u2028separator");
        Map<String, AccountType> accounts = new LinkedHashMap<>();
        accounts.put("A/R\r\n\"main\"", AccountType.RECEIVABLE);
        List<ExportTransaction> txs = new ArrayList<>();
        int entry = 0;
        for (String n : names) {
            String income = "Income\t" + n;
            accounts.put(income, AccountType.INCOME);
            txs.add(new ExportTransaction(1, ++entry, LocalDate.of(2026, 3, 2), Source.INVOICE, "invoice\n" + n, n, null,
                    "SK-1-" + entry, List.of(new ExportLine("A/R\r\n\"main\"", n, 1234), new ExportLine(income, null,
                    -1234))));
        }
        return new ExportBook(Currency.getInstance("USD"), List.of(new ExportBatch(1, LocalDate.of(2026, 3, 31),
                txs)), accounts, ExportOptions.defaults());
    }

    @Test
    @DisplayName("EXP-5 line breaks, tabs, quotes and emoji reaching an exporter: every format parses back to the same count")
    void rawHostileTextStaysWellFormed() {
        ExportBook book = rawBook();
        for (Formats format : Formats.ALL) {
            Parsed parsed = format.parse(book);
            assertThat(parsed.unbalanced()).as(format.toString()).isEmpty();
            assertThat(parsed.transactions()).as(format.toString()).hasSize(format.exporter().transactions(book));
            assertThat(parsed.totals()).as(format + ": accounts stay distinct").hasSize(book.accounts().size());
        }
    }

    @Test
    @DisplayName("EXP-5 IIF names are at most 41 characters and accounts 31; two that shorten alike stay distinct")
    void iifLimitsAndDistinctness() {
        List<String> clients = List.of(Hostile.NAMES.get(12), Hostile.NAMES.get(13), Hostile.NAMES.get(5));
        Names names = Names.of(clients, Iif.NAME_LIMIT, Iif::name, '~');
        clients.forEach(c -> assertThat(names.get(c).length()).isLessThanOrEqualTo(41));
        assertThat(clients.stream().map(names::get).distinct()).hasSize(3);
        assertThat(names.get(Hostile.NAMES.get(12))).startsWith("Twin prefix yyy").contains("~");
        // deterministic: the same name shortens the same way in another file with other names
        Names other = Names.of(List.of(Hostile.NAMES.get(12), "Jane"), Iif.NAME_LIMIT, Iif::name, '~');
        assertThat(other.get(Hostile.NAMES.get(12))).isEqualTo(names.get(Hostile.NAMES.get(12)));
        String a = "Income " + "w".repeat(40) + " one";
        String b = "Income " + "w".repeat(40) + " two";
        Names accounts = Names.of(List.of(a, b, "Sales:Prints"), Iif.ACCOUNT_LIMIT, Iif::account, '~');
        assertThat(accounts.get(a)).hasSizeLessThanOrEqualTo(31).isNotEqualTo(accounts.get(b));
        assertThat(accounts.get("Sales:Prints")).isEqualTo("Sales:Prints");
    }

    @Test
    @DisplayName("EXP-5 names that only clean alike (A:B and A-B) stay distinct; a name needing no change keeps it")
    void cleanedCollisionsStayDistinct() {
        Names names = Names.of(List.of("Ann:Lee", "Ann-Lee"), Iif.NAME_LIMIT, Iif::name, '~');
        assertThat(names.get("Ann-Lee")).isEqualTo("Ann-Lee");
        assertThat(names.get("Ann:Lee")).startsWith("Ann-Lee~").isNotEqualTo("Ann-Lee");
    }

    @Test
    @DisplayName("EXP-5 CSV cells that start with = + - @ are neutralised; quotes, commas and line breaks stay in one cell")
    void csvNeutralised() {
        assertThat(Csv.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.text("+1")).isEqualTo("'+1");
        assertThat(Csv.text("-x")).isEqualTo("'-x");
        assertThat(Csv.text("@x")).isEqualTo("'@x");
        assertThat(Csv.text("a \"b\", c\r\nd")).isEqualTo("\"a \"\"b\"\", c d\"");
        String csv = new String(new CsvExporter().write(rawBook()), StandardCharsets.UTF_8);
        assertThat(CsvReader.records(csv.getBytes(StandardCharsets.UTF_8)))
                .allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@")));
    }
}
