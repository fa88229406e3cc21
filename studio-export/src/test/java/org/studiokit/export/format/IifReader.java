package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an IIF file back strictly: CRLF lines, Windows-1252, every data row under a header with exactly its cells,
 * TRNS then SPL rows then ENDTRNS, SPL rows of the same type and date as their TRNS, every account and name used
 * declared in the file's ACCNT and CUST lists.
 */
final class IifReader {
    final Map<String, List<String>> headers = new HashMap<>();
    final Set<String> accounts = new HashSet<>();
    final Set<String> customers = new HashSet<>();
    final Map<String, String> accountTypes = new HashMap<>();

    Parsed read(byte[] bytes, int scale) {
        String text = new String(bytes, Iif.CP1252);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        Parsed.Builder b = new Parsed.Builder();
        String[] trns = null;
        for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            String[] cells = line.split("\t", -1);
            String key = cells[0];
            if (key.startsWith("!")) {
                headers.put(key.substring(1), List.of(cells));
                continue;
            }
            List<String> header = headers.get(key);
            assertThat(header).as("header of " + key).isNotNull();
            assertThat(cells).as(line).hasSize(header.size());
            switch (key) {
                case "ACCNT" -> {
                    accounts.add(cell(cells, "ACCNT", "NAME"));
                    accountTypes.put(cell(cells, "ACCNT", "NAME"), cell(cells, "ACCNT", "ACCNTTYPE"));
                }
                case "CUST" -> customers.add(cell(cells, "CUST", "NAME"));
                case "TRNS" -> {
                    assertThat(trns).as("TRNS inside a transaction").isNull();
                    trns = cells;
                    b.begin();
                    row(b, cells, key, scale);
                }
                case "SPL" -> {
                    assertThat(trns).as("SPL outside a transaction").isNotNull();
                    assertThat(cell(cells, "SPL", "TRNSTYPE")).isEqualTo(cell(trns, "TRNS", "TRNSTYPE"));
                    assertThat(cell(cells, "SPL", "DATE")).isEqualTo(cell(trns, "TRNS", "DATE"));
                    row(b, cells, key, scale);
                }
                case "ENDTRNS" -> {
                    assertThat(trns).as("ENDTRNS outside a transaction").isNotNull();
                    trns = null;
                    b.end();
                }
                default -> throw new AssertionError("unexpected row " + key);
            }
        }
        assertThat(trns).as("unterminated transaction").isNull();
        return b.build();
    }

    private void row(Parsed.Builder b, String[] cells, String key, int scale) {
        String account = cell(cells, key, "ACCNT");
        String name = cell(cells, key, "NAME");
        assertThat(accounts).as("declared accounts").contains(account);
        if (!name.isEmpty()) {
            assertThat(customers).as("declared customers").contains(name);
        }
        b.row(account, name.isEmpty() ? null : name, Parsed.minor(cell(cells, key, "AMOUNT"), scale));
    }

    private String cell(String[] cells, String key, String column) {
        int i = headers.get(key).indexOf(column);
        assertThat(i).as(key + " has column " + column).isPositive();
        return cells[i];
    }
}
