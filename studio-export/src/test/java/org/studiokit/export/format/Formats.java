package org.studiokit.export.format;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.studiokit.export.AccountType;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.Exporter;
import org.studiokit.export.Names;

/**
 * Every built-in format with its test reader and the way it names an account, so a test can parse any export back
 * and compare it with the journal.
 *
 * @param exporter the exporter
 * @param reader   its reader (bytes, currency scale → transactions)
 * @param accounts how the file names a studio account, given the book
 */
record Formats(Exporter exporter, BiFunction<byte[], Integer, Parsed> reader,
        Function<ExportBook, Function<String, String>> accounts) {
    static final List<Formats> ALL = List.of(
            new Formats(new IifExporter(), (b, s) -> new IifReader().read(b, s), Formats::iif),
            new Formats(new IifSummaryExporter(), (b, s) -> new IifReader().read(b, s), Formats::iif),
            new Formats(new QboExporter(), TextReaders::qbo, book -> a -> Clean.line(a, "")),
            new Formats(new Sage50Exporter(), TextReaders::sage50, book -> a -> Sage50Exporter.code(book.options()
                    .code(book.type(a) == AccountType.RECEIVABLE ? book.options().clearingAccount() : a))),
            new Formats(new MyobExporter(), TextReaders::myob, book -> a -> Sage50Exporter.code(a)),
            new Formats(new XeroExporter(), (b, s) -> CsvReader.transactions(CsvReader.records(b), 0, 3, 2, 5, -1, s),
                    book -> Formats::csv),
            new Formats(new LedgerExporter(), TextReaders::ledger, book -> LedgerExporter.accounts(book)::get),
            new Formats(new BeancountExporter(), TextReaders::beancount, book -> BeancountExporter.accounts(book)::get),
            new Formats(new CsvExporter(), (b, s) -> CsvReader.transactions(CsvReader.records(b), 0, 6, 7, 8, 9, s),
                    book -> Formats::csv));

    private static Function<String, String> iif(ExportBook book) {
        Names names = Names.of(book.accounts().keySet(), Iif.ACCOUNT_LIMIT, Iif::account, '~');
        return names::get;
    }

    /** @return a text cell as the CSV reader gives it back: cleaned, neutralised */
    static String csv(String text) {
        String s = Clean.line(text, "");
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** @return the file's content and what it parses back to */
    Parsed parse(ExportBook book) {
        return reader.apply(exporter.write(book), book.scale());
    }

    @Override
    public String toString() {
        return exporter.id();
    }
}
