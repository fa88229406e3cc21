package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one-pass line writer the exporters use: the very bytes of appending each line's cells one by one. */
class LinesTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    @DisplayName("EXP-5 lines written in one pass equal the cells and amounts appended one by one, every scale and order")
    void onePassEqualsAppends() {
        Random r = new Random(11);
        ExportColumns c = columns(r);
        byte[][] accounts = {"A/R Clearing,".getBytes(CP1252), "Sales\t".getBytes(CP1252), "Zoë Bank:".getBytes(CP1252)};
        byte[][] clients = new byte[7][];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = ("\"Client " + i + (i % 2 == 0 ? " Åsa" : "") + "\"\r\n").getBytes(CP1252);
        }
        byte[] none = ",\"\"\r\n".getBytes(CP1252);
        for (int scale : new int[] {0, 2, 3, 4}) {
            for (boolean clientFirst : new boolean[] {true, false}) {
                for (byte[] lead : new byte[][] {{}, "SPL\t".getBytes(CP1252)}) {
                    Lines lines = new Lines(accounts, clients, none, clientFirst, scale, 2);
                    ExportBuffer fast = new ExportBuffer(CP1252, 16);
                    ExportBuffer slow = new ExportBuffer(CP1252, 16);
                    for (int t = 0; t < c.transactions(); t++) {
                        int[] fixed = fixed(fast, t);
                        lines.write(fast, c, c.start(t), c.end(t), lead, fixed[0], fixed[1], fixed[2], fixed[3]);
                        int[] same = fixed(slow, t);
                        for (int i = c.start(t); i < c.end(t); i++) {
                            byte[] client = c.client(i) < 0 ? none : clients[c.client(i)];
                            slow.bytes(lead).repeat(same[0], same[1]).bytes(accounts[c.account(i)]);
                            if (clientFirst) {
                                slow.bytes(client);
                            }
                            slow.amount(c.amount(i), scale, 2);
                            if (!clientFirst) {
                                slow.bytes(client);
                            }
                            slow.repeat(same[2], same[3]);
                        }
                    }
                    assertThat(fast.toByteArray()).as("scale " + scale + " client first " + clientFirst)
                            .isEqualTo(slow.toByteArray()).hasSizeGreaterThan(c.lines() * 10);
                }
            }
        }
    }

    /** Writes a transaction's head and tail texts; @return their ranges (the tail of odd transactions is empty) */
    private static int[] fixed(ExportBuffer out, int t) {
        int head = out.size();
        out.text("GENERAL JOURNAL\t").number(t).ascii('\t');
        int headEnd = out.size();
        out.text("\tSK-1-" + t + "\tmemo é " + t + "\r\n");
        return t % 2 == 0 ? new int[] {head, headEnd, headEnd, out.size()} : new int[] {head, headEnd, 0, 0};
    }

    /** Transactions of 2 to 6 lines, one of 5,000 lines (more than one run of reserved bytes), extreme amounts. */
    private static ExportColumns columns(Random r) {
        Map<String, AccountType> accounts = new LinkedHashMap<>();
        accounts.put("AR", AccountType.RECEIVABLE);
        accounts.put("Sales", AccountType.INCOME);
        accounts.put("Bank", AccountType.ASSET);
        List<ExportTransaction> txs = new ArrayList<>();
        txs.add(transaction(1, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 1L), r));
        for (int e = 2; e < 200; e++) {
            List<Long> amounts = new ArrayList<>();
            int n = e == 100 ? 5000 : 1 + r.nextInt(5);
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long a = i % 3 == 0 ? r.nextInt(1000) - 500 : r.nextLong() >> (10 + r.nextInt(50));
                amounts.add(a);
                sum += a;
            }
            amounts.add(-sum);
            txs.add(transaction(e, amounts, r));
        }
        return ExportColumns.of(txs, accounts);
    }

    private static ExportTransaction transaction(int entry, List<Long> amounts, Random r) {
        String[] accounts = {"AR", "Sales", "Bank"};
        List<ExportLine> lines = new ArrayList<>();
        for (long a : amounts) {
            int client = r.nextInt(9) - 2;
            lines.add(new ExportLine(accounts[r.nextInt(3)], client < 0 ? null : "Client " + client, a));
        }
        return new ExportTransaction(1, entry, LocalDate.of(2026, 3, 1 + entry % 28), Source.INVOICE, "rec " + entry,
                "rec " + entry, null, "SK-1-" + entry, lines);
    }
}
