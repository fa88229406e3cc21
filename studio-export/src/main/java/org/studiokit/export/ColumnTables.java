package org.studiokit.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        for (ExportTransaction t : transactions) {
            for (ExportLine l : t.lines()) {
                if (l.client() != null) {
                    clientIndex.putIfAbsent(l.client(), 0);
                }
            }
        }
        this.clients = clientIndex.keySet().toArray(String[]::new);
        Arrays.sort(clients);
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
