package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV strictly: CRLF records, quoted cells with doubled quotes, the same cell count in every record. */
final class CsvReader {
    static List<List<String>> records(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).endsWith("\r\n");
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && cell.length() == 0) {
                int j = i + 1;
                while (true) {
                    int q = s.indexOf('"', j);
                    assertThat(q).as("closing quote").isPositive();
                    if (q + 1 < s.length() && s.charAt(q + 1) == '"') {
                        cell.append(s, j, q + 1);
                        j = q + 2;
                    } else {
                        cell.append(s, j, q);
                        i = q + 1;
                        break;
                    }
                }
                assertThat(s.charAt(i)).as("after a quoted cell").isIn(',', '\r');
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(s.charAt(i + 1)).isEqualTo('\n');
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("bare line break").isNotEqualTo('\n');
                cell.append(c);
                i++;
            }
        }
        int width = out.get(0).size();
        out.forEach(r -> assertThat(r).as("cells of " + r).hasSize(width));
        out.forEach(r -> r.forEach(v -> assertThat(v).as("formula cell").doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("@")));
        return out;
    }

    /** Groups rows into transactions by a key column; amounts from debit/credit columns or one signed column. */
    static Parsed transactions(List<List<String>> records, int key, int account, int client, int debit, int credit,
            int scale) {
        Parsed.Builder b = new Parsed.Builder();
        String last = null;
        for (List<String> r : records.subList(1, records.size())) {
            if (!r.get(key).equals(last)) {
                b.begin();
                last = r.get(key);
            }
            long amount = credit < 0 ? Parsed.minor(r.get(debit), scale)
                    : (r.get(debit).isEmpty() ? 0 : Parsed.minor(r.get(debit), scale))
                            - (r.get(credit).isEmpty() ? 0 : Parsed.minor(r.get(credit), scale));
            b.row(r.get(account), client < 0 || r.get(client).isEmpty() ? null : r.get(client), amount);
        }
        return b.build();
    }
}
