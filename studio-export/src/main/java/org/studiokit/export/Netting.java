package org.studiokit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nets the lines of several transactions per account and client; zero lines go, debits come first. */
final class Netting {
    private Netting() {
    }

    private record Key(String account, String client) {
    }

    static List<ExportLine> net(List<ExportTransaction> transactions) {
        Map<Key, Long> sums = new LinkedHashMap<>();
        for (ExportTransaction t : transactions) {
            for (ExportLine l : t.lines()) {
                sums.merge(new Key(l.account(), l.client()), l.amount(), Math::addExact);
            }
        }
        List<ExportLine> debits = new ArrayList<>();
        List<ExportLine> credits = new ArrayList<>();
        sums.forEach((k, v) -> {
            if (v > 0) {
                debits.add(new ExportLine(k.account(), k.client(), v));
            } else if (v < 0) {
                credits.add(new ExportLine(k.account(), k.client(), v));
            }
        });
        debits.addAll(credits);
        return List.copyOf(debits);
    }
}
