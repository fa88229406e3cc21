package org.studiokit.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The account, client and date tables, with the indexes used while the columns are filled. */
final class ColumnTables {
    final String[] accounts;
    final AccountType[] types;
    final String[] clients;
    final Map<String, Integer> accountIndex = new HashMap<>();
    final Map<String, Integer> clientIndex = new HashMap<>();
    final List<LocalDate> dates = new java.util.ArrayList<>();
    private final Map<LocalDate, Integer> dateIndex = new HashMap<>();

    ColumnTables(Map<String, AccountType> accounts, List<ExportTransaction> transactions) {
        this.accounts = accounts.keySet().toArray(String[]::new);
        this.types = accounts.values().toArray(AccountType[]::new);
        for (int i = 0; i < this.accounts.length; i++) {
            accountIndex.put(this.accounts[i], i);
        }
        TreeSet<String> names = new TreeSet<>();
        for (ExportTransaction t : transactions) {
            for (ExportLine l : t.lines()) {
                if (l.client() != null) {
                    names.add(l.client());
                }
            }
        }
        this.clients = names.toArray(String[]::new);
        for (int i = 0; i < clients.length; i++) {
            clientIndex.put(clients[i], i);
        }
    }

    int date(LocalDate d) {
        return dateIndex.computeIfAbsent(d, k -> {
            dates.add(k);
            return dates.size() - 1;
        });
    }
}
