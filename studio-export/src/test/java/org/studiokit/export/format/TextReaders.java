package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strict readers of the Sage 50, MYOB, ledger, Beancount and QuickBooks Online files. */
final class TextReaders {
    private static final Pattern SAGE_HEAD = Pattern.compile("\\d\\d-\\d\\d-\\d\\d,\"[^\"\r\n]{1,13}\",\"[^\"\r\n]{0,39}\"");
    private static final Pattern SAGE_LINE = Pattern.compile("([^,\"\r\n]+),(-?\\d+\\.\\d\\d),\"([^\"\r\n]{0,39})\"");
    private static final Pattern LEDGER_HEAD = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\* \\(([^)]+)\\) [^;\n]+");
    private static final Pattern LEDGER_LINE = Pattern.compile(" {4}(\\S(?:[^ \t;]| (?! ))*)  (-?\\d+(?:\\.\\d+)?) ([A-Z]{3})(?:  ; client (.*))?");
    private static final Pattern BEAN_HEAD = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\* \"[^\"\\\\\n]*\" \"[^\"\\\\\n]*\" \\^[A-Za-z0-9-]+");
    private static final Pattern BEAN_LINE = Pattern.compile("  ((?:Assets|Liabilities|Income|Expenses)(?::[A-Z0-9][A-Za-z0-9-]*)+)  (-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");
    private static final Pattern BEAN_CLIENT = Pattern.compile("    client: \"([^\"\\\\\n]*)\"");

    private TextReaders() {
    }

    static Parsed sage50(byte[] bytes, int scale) {
        String s = new String(bytes, Iif.CP1252);
        assertThat(s).endsWith("\r\n");
        Parsed.Builder b = new Parsed.Builder();
        for (String line : s.substring(0, s.length() - 2).split("\r\n", -1)) {
            if (SAGE_HEAD.matcher(line).matches()) {
                b.begin();
                continue;
            }
            Matcher m = SAGE_LINE.matcher(line);
            assertThat(m.matches()).as("Sage 50 line: " + line).isTrue();
            b.row(m.group(1), m.group(3).isEmpty() ? null : m.group(3), Parsed.minor(m.group(2), scale));
        }
        return b.build();
    }

    static Parsed myob(byte[] bytes, int scale) {
        String s = new String(bytes, Iif.CP1252);
        assertThat(s).startsWith(String.join("\t", MyobExporter.HEADER) + "\r\n").endsWith("\r\n\r\n");
        Parsed.Builder b = new Parsed.Builder().begin();
        String[] lines = s.substring(0, s.length() - 2).split("\r\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                b.end().begin();
                continue;
            }
            String[] c = lines[i].split("\t", -1);
            assertThat(c).as(lines[i]).hasSize(MyobExporter.HEADER.length);
            assertThat(c[4].isEmpty() != c[5].isEmpty()).as("debit or credit: " + lines[i]).isTrue();
            assertThat(c[4] + c[5]).matches("\\d+\\.\\d\\d");
            long amount = c[4].isEmpty() ? -Parsed.minor(c[5], scale) : Parsed.minor(c[4], scale);
            b.row(c[3], c[6].isEmpty() ? null : c[6], amount);
        }
        Parsed p = b.build();
        return new Parsed(p.transactions().stream().filter(t -> !t.isEmpty()).toList());
    }

    static Parsed ledger(byte[] bytes, int scale) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        Parsed.Builder b = new Parsed.Builder();
        for (String line : s.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("commodity ") || line.startsWith("account ")
                    || line.startsWith("    ; ref:")) {
                continue;
            }
            if (LEDGER_HEAD.matcher(line).matches()) {
                b.begin();
                continue;
            }
            Matcher m = LEDGER_LINE.matcher(line);
            assertThat(m.matches()).as("ledger posting: " + line).isTrue();
            b.row(m.group(1), m.group(4), Parsed.minor(m.group(2), scale));
        }
        return b.build();
    }

    static Parsed beancount(byte[] bytes, int scale) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        Parsed.Builder b = new Parsed.Builder();
        String account = null;
        long amount = 0;
        for (String line : s.split("\n", -1)) {
            if (line.isEmpty() && account != null) {
                b.row(account, null, amount);
                account = null;
            }
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("option ") || line.matches("\\S+ open .*")
                    || line.startsWith("  ref: ")) {
                continue;
            }
            Matcher client = BEAN_CLIENT.matcher(line);
            if (client.matches()) {
                b.row(account, client.group(1), amount);
                account = null;
                continue;
            }
            if (account != null) {
                b.row(account, null, amount);
                account = null;
            }
            if (BEAN_HEAD.matcher(line).matches()) {
                b.begin();
                continue;
            }
            Matcher m = BEAN_LINE.matcher(line);
            assertThat(m.matches()).as("beancount posting: " + line).isTrue();
            account = m.group(1);
            amount = Parsed.minor(m.group(2), scale);
        }
        return b.build();
    }

    static Parsed qbo(byte[] bytes, int scale) {
        JsonNode root = JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
        assertThat(root.isArray()).isTrue();
        Parsed.Builder b = new Parsed.Builder();
        for (JsonNode e : root) {
            assertThat(e.get("DocNumber").stringValue().length()).isBetween(1, QboExporter.DOC_NUMBER_LIMIT);
            assertThat(e.get("TxnDate").stringValue()).matches("\\d{4}-\\d\\d-\\d\\d");
            b.begin();
            for (JsonNode l : e.get("Line")) {
                assertThat(l.get("DetailType").stringValue()).isEqualTo("JournalEntryLineDetail");
                JsonNode d = l.get("JournalEntryLineDetail");
                long amount = l.get("Amount").decimalValue().movePointRight(scale).longValueExact();
                assertThat(amount).isPositive();
                String type = d.get("PostingType").stringValue();
                assertThat(type).isIn("Debit", "Credit");
                JsonNode entity = d.get("Entity");
                b.row(d.get("AccountRef").get("name").stringValue(), entity == null ? null
                        : entity.get("EntityRef").get("name").stringValue(), type.equals("Debit") ? amount : -amount);
            }
        }
        return b.build();
    }
}
