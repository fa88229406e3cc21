package org.studiokit.examples.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned plain-text table: a header, a rule and rows. Columns whose every cell is a number (or empty) are
 * right-aligned; the others are left-aligned.
 */
public final class TextTable {
    private static final String NUMBER = "-?[0-9][0-9,]*(\\.[0-9]+)?%?";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param headers the column headers */
    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /**
     * Adds a row; missing cells are empty, extra cells are an error.
     *
     * @return this table
     */
    public TextTable row(Object... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException("a row has " + cells.length + " cells for " + headers.size()
                    + " columns");
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "");
        }
        rows.add(row);
        return this;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /** @return the table as lines ending with {@code \n} */
    public String render() {
        int n = headers.size();
        int[] width = new int[n];
        boolean[] right = new boolean[n];
        Arrays.fill(right, true);
        for (int c = 0; c < n; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                String cell = row.get(c);
                width[c] = Math.max(width[c], cell.length());
                right[c] &= cell.isEmpty() || cell.matches(NUMBER);
            }
            right[c] &= !rows.isEmpty();
        }
        StringBuilder b = new StringBuilder();
        line(b, headers, width, right);
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            rule.add("-".repeat(width[c]));
        }
        line(b, rule, width, right);
        for (List<String> row : rows) {
            line(b, row, width, right);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}
