package org.studiokit.examples.people;

import java.util.ArrayList;
import java.util.List;
import org.studiokit.examples.demo.TextTable;
import org.studiokit.export.Csv;

/**
 * A report as a table of cells: a title, a header and rows (the last ones usually totals). Rendered as an aligned
 * text table (amount columns right-aligned) or as CSV per RFC 4180 (CRLF, quoted where needed, EXP-5 neutralised text
 * cells; cells that are plain signed decimals are numbers and stay as they are).
 */
final class Grid {
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Grid(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
    }

    /** Adds a row; missing cells are empty. */
    Grid row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "");
        }
        rows.add(row);
        return this;
    }

    /** @return the title, a blank line and the aligned table */
    String table() {
        TextTable t = new TextTable(headers.toArray(String[]::new));
        rows.forEach(r -> t.row(r.toArray()));
        return title + "\n\n" + t.render();
    }

    /** @return the header and rows as CSV (RFC 4180, CRLF line ends) */
    String csv() {
        Csv csv = new Csv("\r\n");
        csv.texts(headers.toArray(String[]::new));
        for (List<String> row : rows) {
            csv.row(row.stream().map(c -> c.matches(NUMBER) ? Csv.number(c) : Csv.text(c)).toList());
        }
        return csv.toString();
    }
}
