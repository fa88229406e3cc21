package org.studiokit.export.format;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.studiokit.export.AccountType;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;

/**
 * {@code sage50}: Sage 50 Canadian Edition / Simply Accounting "Import General Journal Entries" text file: per
 * transaction a header line {@code mm-dd-yy,"source","comment"} (source: the stable reference, at most 13
 * characters; comment at most 39) and one line per account {@code account,amount,"comment"} with signed amounts
 * (debit positive) and two decimals; CRLF, Windows-1252. Sage 50's general journal cannot post to the linked
 * Accounts Receivable account, so A/R lines go to the configured clearing account (EXP-2, module README).
 */
public final class Sage50Exporter implements Exporter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-yy");
    static final int SOURCE_LIMIT = 13;
    static final int COMMENT_LIMIT = 39;

    @Override
    public String id() {
        return "sage50";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public byte[] write(ExportBook book) {
        StringBuilder out = new StringBuilder(1 << 16);
        Map<String, String> codes = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        Dates dates = new Dates(DATE);
        String none = quoted("");
        for (ExportTransaction t : book.transactions()) {
            out.append(dates.get(t.date())).append(",\"").append(Clean.cut(t.reference(), SOURCE_LIMIT))
                    .append("\",").append(quoted(t.label())).append("\r\n");
            for (ExportLine l : t.lines()) {
                out.append(codes.computeIfAbsent(l.account(), a -> code(book.options().code(
                        book.type(a) == AccountType.RECEIVABLE ? book.options().clearingAccount() : a)))).append(',');
                book.appendAmount(out, l.amount(), 2).append(',')
                        .append(l.client() == null ? none : comments.computeIfAbsent(l.client(), Sage50Exporter::quoted))
                        .append("\r\n");
            }
        }
        return out.toString().getBytes(Iif.CP1252);
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
