package org.studiokit.examples.people;

import java.util.Locale;
import org.studiokit.core.Studio;
import org.studiokit.posting.journal.RecordRef;
import picocli.CommandLine;

/**
 * A postable record named on the command line: {@code I1042} (a document by number, as its barcode reads) or
 * {@code M7} (a money movement by number), letters in either case.
 */
final class RecordArg {
    private RecordArg() {
    }

    /** @return the record, or a usage error when the text is not of that form */
    static RecordRef parse(CommandLine line, Studio studio, String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (!t.matches("[IM][0-9]{1,18}")) {
            throw new CommandLine.ParameterException(line, "record " + text + ": write I<number> for a document"
                    + " (e.g. I1042) or M<number> for a money movement (e.g. M7)");
        }
        long number = Long.parseLong(t.substring(1));
        return t.charAt(0) == 'I' ? RecordRef.document(studio.invoices().byNumber(number).id())
                : RecordRef.movement(studio.money().byNumber(number).id());
    }
}
