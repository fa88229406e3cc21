package org.studiokit.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts and lists in plain English for the demo's narration and the command line's tables: "1 document",
 * "ST 3.80, CITY 4.28", "3 session fees, 1 credit memo".
 */
public final class Words {
    private Words() {
    }

    /** @return the count with its noun, plural unless it is one: {@code 1 document}, {@code 2 documents} */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        boolean sibilant = noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh");
        return noun + (sibilant ? "es" : "s");
    }

    /** @return the entries as {@code KEY value, KEY value}, in the map's order */
    static String pairs(Map<?, ?> map) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /** @return document counts by type code as {@code 1 credit memo, 4 generic invoices}, in the map's order */
    public static String counts(Map<String, ? extends Number> map) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> {
            String noun = k.toLowerCase(Locale.ROOT).replace('_', ' ');
            parts.add(count(v.longValue(), noun.equals("generic") ? "generic invoice" : noun));
        });
        return String.join(", ", parts);
    }
}
