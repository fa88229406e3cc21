package org.studiokit.export.format;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.studiokit.export.AccountType;
import org.studiokit.export.Clean;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportBuffer;
import org.studiokit.export.ExportLine;
import org.studiokit.export.ExportTransaction;
import org.studiokit.export.Exporter;
import org.studiokit.export.PlainText;

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
    private static final PlainText PLAIN = PlainText.except("\":");

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
        List<ExportTransaction> transactions = book.transactions();
        ExportBuffer out = ExportBuffer.sized(Iif.CP1252, transactions, 136);
        Cells codes = new Cells(a -> code(book.options().code(book.type(a) == AccountType.RECEIVABLE
                ? book.options().clearingAccount() : a)), out);
        Cells comments = new Cells(Sage50Exporter::quoted, out);
        Dates dates = new Dates(DATE, out);
        int scale = book.scale();
        for (ExportTransaction t : transactions) {
            dates.write(t.date());
            out.ascii(',').ascii('"').text(Clean.cut(t.reference(), SOURCE_LIMIT)).ascii('"').ascii(',');
            if (PLAIN.test(t.label()) && t.label().length() <= COMMENT_LIMIT) {
                out.ascii('"').text(t.label()).ascii('"');
            } else {
                out.text(quoted(t.label()));
            }
            out.ascii('\r').ascii('\n');
            for (ExportLine l : t.lines()) {
                codes.write(l.account());
                out.ascii(',').amount(l.amount(), scale, 2).ascii(',');
                if (l.client() == null) {
                    out.ascii('"').ascii('"');
                } else {
                    comments.write(l.client());
                }
                out.ascii('\r').ascii('\n');
            }
        }
        return out.toByteArray();
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
