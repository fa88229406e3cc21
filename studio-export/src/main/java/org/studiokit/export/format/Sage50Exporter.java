package org.studiokit.export.format;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import org.studiokit.export.AccountType;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportColumns;
import org.studiokit.export.Lines;
import org.studiokit.export.PlainText;

/**
 * {@code sage50}: Sage 50 Canadian Edition / Simply Accounting "Import General Journal Entries" text file: per
 * transaction a header line {@code mm-dd-yy,"source","comment"} (source: the stable reference, at most 13
 * characters; comment at most 39) and one line per account {@code account,amount,"comment"} with signed amounts
 * (debit positive) and two decimals; CRLF, Windows-1252. Sage 50's general journal cannot post to the linked
 * Accounts Receivable account, so A/R lines go to the configured clearing account (EXP-2, module README).
 */
public final class Sage50Exporter extends BufferedExporter {
    /** The date and what follows it on the header line: {@code mm-dd-yy,"}. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-yy,\"");
    static final int SOURCE_LIMIT = 13;
    static final int COMMENT_LIMIT = 39;
    private static final PlainText PLAIN = PlainText.except("\":");
    private static final byte[] NONE = {};
    /** Between a plain source and a plain comment: {@code ","}; after the comment: {@code "} and CRLF. */
    private static final byte[] BETWEEN = {'"', ',', '"'};
    private static final byte[] END = {'"', '\r', '\n'};

    @Override
    public String id() {
        return "sage50";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    Charset charset() {
        return Iif.CP1252;
    }

    @Override
    long capacity(ExportBook book) {
        return (book.columns().transactions() + 64L) * 136;
    }

    @Override
    void format(ExportBook book, ExportBuffer out) {
        ExportColumns c = book.columns();
        byte[][] codes = Cells.accounts(c, out, a -> code(book.options().code(book.type(a) == AccountType.RECEIVABLE
                ? book.options().clearingAccount() : a)) + ",");
        byte[][] comments = Cells.clients(c, out, client -> "," + quoted(client) + "\r\n");
        byte[][] dates = Cells.dates(c, out, DATE);
        Lines lines = new Lines(codes, comments, out.encode(",\"\"\r\n"), false, book.scale(), 2);
        Entries entries = new Entries(out, c, dates, lines);
        for (int t = 0, n = c.transactions(); t < n; t++) {
            entries.write(t);
            out.boundary();
        }
    }

    /** Writes one entry: its header line, then one line per account. */
    private record Entries(ExportBuffer out, ExportColumns c, byte[][] dates, Lines lines) {
        void write(int t) {
            out.bytes(dates[c.date(t)]);
            int ref = c.referenceText(t);
            if (c.length(ref) <= SOURCE_LIMIT) {
                c.write(out, ref);
            } else {
                out.text(Clean.cut(c.text(ref), SOURCE_LIMIT));
            }
            int label = c.labelText(t);
            if (c.length(label) <= COMMENT_LIMIT && PLAIN.test(c, label)) {
                out.bytes(BETWEEN);
                c.write(out, label);
                out.bytes(END);
            } else {
                out.ascii('"').ascii(',').text(quoted(c.text(label))).ascii('\r').ascii('\n');
            }
            lines.write(out, c, c.start(t), c.end(t), NONE, 0, 0, 0, 0);
        }
    }

    private static String quoted(String text) {
        String clean = Clean.line(text, "").isEmpty() ? "" : Iif.name(text);
        return '"' + Clean.cut(clean, COMMENT_LIMIT).strip() + '"';
    }

    /** @return an account number cell: no comma, quote or line break can reach it */
    static String code(String account) {
        return Iif.account(account).replace(',', ' ').replace(':', ' ');
    }
}
