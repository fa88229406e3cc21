package org.studiokit.examples.people;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes. */
final class Csv4180 {
    private Csv4180() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r' || c == '"') {
                throw new IllegalArgumentException("not RFC 4180 at " + i + ": " + text);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("unterminated record: " + text);
        }
        return records;
    }
}
