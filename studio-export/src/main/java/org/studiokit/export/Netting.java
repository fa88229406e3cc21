package org.studiokit.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nets the lines of several transactions per account and client; zero lines go, debits come first, each side in the
 * order its account and client first appeared. Sums are kept per account, then per client, in mutable cells (no key
 * object or boxed sum per line).
 */
final class Netting {
    private Netting() {
    }

    /** One account and client's running sum. */
    private static final class Sum {
        private final String account;
        private final String client;
        private long amount;

        Sum(String account, String client) {
            this.account = account;
            this.client = client;
        }
    }

    static List<ExportLine> net(List<ExportTransaction> transactions) {
        Map<String, Map<String, Sum>> byAccount = new HashMap<>();
        List<Sum> order = new ArrayList<>();
        String lastAccount = null;
        Map<String, Sum> clients = null;
        for (ExportTransaction t : transactions) {
            for (ExportLine l : t.lines()) {
                if (l.account() != lastAccount) {
                    lastAccount = l.account();
                    clients = byAccount.computeIfAbsent(lastAccount, a -> new HashMap<>());
                }
                Sum s = clients.get(l.client());
                if (s == null) {
                    s = new Sum(l.account(), l.client());
                    clients.put(l.client(), s);
                    order.add(s);
                }
                s.amount = Math.addExact(s.amount, l.amount());
            }
        }
        List<ExportLine> debits = new ArrayList<>();
        List<ExportLine> credits = new ArrayList<>();
        for (Sum s : order) {
            if (s.amount > 0) {
                debits.add(new ExportLine(s.account, s.client, s.amount));
            } else if (s.amount < 0) {
                credits.add(new ExportLine(s.account, s.client, s.amount));
            }
        }
        debits.addAll(credits);
        return List.copyOf(debits);
    }
}
