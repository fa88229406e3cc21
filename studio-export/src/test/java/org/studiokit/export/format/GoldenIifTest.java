package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.export.ExportFixture;
import org.studiokit.export.ExportOptions;

/**
 * EXP-2 EXP-5: the IIF of the golden scenario (an invoice with two tax rates, a payment, a deposit applied, a credit
 * memo refunded, a write-off) byte for byte, and its structure against Intuit's IIF Import Kit headers.
 */
class GoldenIifTest {
    /** Columns the IIF Import Kit's header help documents for each keyword we write (module README, sources). */
    static final Map<String, Set<String>> KIT_COLUMNS = Map.of(
            "TRNS", Set.of("TRNSID", "TIMESTAMP", "TRNSTYPE", "DATE", "ACCNT", "NAME", "CLASS", "AMOUNT", "DOCNUM",
                    "MEMO", "CLEAR", "TOPRINT", "ADDR1", "DUEDATE", "TERMS", "PAID", "PAYMETH"),
            "SPL", Set.of("SPLID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "CLASS", "AMOUNT", "DOCNUM", "MEMO", "CLEAR",
                    "PRICE", "QNTY", "INVITEM", "PAYMETH", "TAXABLE", "EXTRA"),
            "ENDTRNS", Set.of(),
            "ACCNT", Set.of("NAME", "ACCNTTYPE", "OBAMOUNT", "DESC", "ACCNUM", "SCD", "EXTRA"),
            "CUST", Set.of("NAME", "BADDR1", "COMPANYNAME", "FIRSTNAME", "LASTNAME", "EMAIL", "PHONE1"));
    /** Columns the kit marks required. */
    static final Map<String, List<String>> REQUIRED = Map.of("TRNS", List.of("TRNSTYPE", "ACCNT", "AMOUNT"),
            "SPL", List.of("TRNSTYPE", "ACCNT", "AMOUNT"), "ACCNT", List.of("NAME", "ACCNTTYPE"), "CUST", List.of("NAME"));
    static final Set<String> KIT_TYPES = Set.of("INVOICE", "CREDIT MEMO", "PAYMENT", "DEPOSIT", "CHECK",
            "GENERAL JOURNAL", "CASH SALE", "CASH REFUND");
    static final Set<String> KIT_ACCOUNT_TYPES = Set.of("AP", "AR", "BANK", "CCARD", "COGS", "EQUITY", "EXEXP",
            "EXINC", "EXP", "FIXASSET", "INC", "LTLIAB", "NONPOSTING", "OASSET", "OCASSET", "OCLIAB");

    static byte[] golden() throws IOException {
        try (InputStream in = GoldenIifTest.class.getResourceAsStream("/golden/batch-1.iif.iif")) {
            assertThat(in).as("golden file").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("EXP-2 EXP-3 the golden scenario's IIF equals the golden file byte for byte")
    void byteForByte() throws IOException {
        byte[] actual = new IifExporter().write(ExportFixture.golden().book(ExportOptions.defaults()));
        if (Boolean.getBoolean("studiokit.golden.write")) {
            Files.write(Path.of("src/test/resources/golden/batch-1.iif.iif"), actual);
        }
        assertThat(actual).isEqualTo(golden());
    }

    @Test
    @DisplayName("EXP-2 EXP-5 the golden IIF uses only the kit's keywords, columns and types, and every transaction sums to 0")
    void structureFollowsTheKit() throws IOException {
        IifReader reader = new IifReader();
        Parsed parsed = reader.read(golden(), 2);
        assertThat(parsed.unbalanced()).isEmpty();
        assertThat(reader.headers.keySet()).containsExactlyInAnyOrder("ACCNT", "CUST", "TRNS", "SPL", "ENDTRNS");
        reader.headers.forEach((key, header) -> {
            assertThat(header.get(0)).isEqualTo("!" + key);
            assertThat(KIT_COLUMNS.get(key)).as(key + " columns").containsAll(header.subList(1, header.size()));
            assertThat(header).as(key + " required columns").containsAll(REQUIRED.getOrDefault(key, List.of()));
        });
        assertThat(KIT_ACCOUNT_TYPES).containsAll(reader.accountTypes.values());
        String text = new String(golden(), Iif.CP1252);
        text.lines().filter(l -> l.startsWith("TRNS\t") || l.startsWith("SPL\t"))
                .forEach(l -> assertThat(KIT_TYPES).contains(l.split("\t")[1]));
        assertThat(text).contains("TRNS\tINVOICE\t", "TRNS\tPAYMENT\t", "TRNS\tCREDIT MEMO\t", "TRNS\tCHECK\t",
                "TRNS\tDEPOSIT\t", "TRNS\tGENERAL JOURNAL\t");
        // A/R lines always name their customer (QuickBooks refuses an A/R line without one)
        text.lines().filter(l -> !l.startsWith("ACCNT") && l.contains("\tAccounts Receivable\t"))
                .forEach(l -> assertThat(l.split("\t")[4]).as(l).isNotEmpty());
    }
}
