package org.studiokit.core.document;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;

/** The shape and record rules of documents, stated once: DOC-1 shape, DOC-3 lines, DOC-12 void records. */
public final class DocumentChecks {
    /** DOC-3: the largest magnitude of a line quantity. */
    public static final long MAX_QUANTITY = 1_000_000;

    private DocumentChecks() {
    }

    /** DOC-12: a command acting on a void document is refused with {@code NOT_FOUND} naming its number. */
    public static Document live(Document doc) {
        if (doc.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "document " + doc.number() + " is void",
                    "document", doc.number());
        }
        return doc;
    }

    /** Refuses with {@code WRONG_DOCUMENT_TYPE} unless the document is an invoice (not an estimate, credit memo). */
    public static void requireInvoice(Document doc, String what) {
        if (!doc.type().financial() || doc.isCreditMemo()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no " + what + " on " + describe(doc)
                    + ": only on an invoice", "document", doc.number(), "type", doc.type());
        }
    }

    public static String describe(Document doc) {
        return (doc.isCreditMemo() ? "credit memo " : doc.type().financial() ? "document " : "estimate ")
                + doc.number();
    }

    public static void checkShape(DocumentDraft draft) {
        DocumentType type = draft.type();
        if (type == null || draft.date() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a document needs a type and a date",
                    "type", type, "date", draft.date());
        }
        Inputs.optionalDate(draft.date(), "date");
        Inputs.text(draft.reason(), "reason");
        if (type.sessionBased() && draft.sessionId() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a " + type + " invoice is created from a session",
                    "type", type);
        }
        if (type == DocumentType.GENERIC && draft.sessionId() != null) {
            throw new StudioException(ErrorCode.VALIDATION, "a generic invoice is client-based, without a session",
                    "type", type);
        }
        if (!type.sessionBased() && draft.sessionId() == null && draft.clientId() == null
                && draft.originalId() == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a " + type + " needs a client", "type", type);
        }
        if (draft.originalId() != null && type != DocumentType.CREDIT_MEMO) {
            throw new StudioException(ErrorCode.VALIDATION, "only a credit memo has an original", "type", type);
        }
        checkLines(type, draft.lines());
        if (draft.shipping() != null && draft.shipping().isNegative() && type != DocumentType.CREDIT_MEMO) {
            throw new StudioException(ErrorCode.VALIDATION, "negative shipping", "shipping", draft.shipping());
        }
    }

    private static void checkLines(DocumentType type, List<Line> lines) {
        boolean memo = type == DocumentType.CREDIT_MEMO;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            long q = line.quantity();
            if (q > MAX_QUANTITY || q < -MAX_QUANTITY) {
                throw new StudioException(ErrorCode.VALIDATION, "quantity " + q + " on line " + (i + 1)
                        + " is over the limit of " + (q < 0 ? -MAX_QUANTITY : MAX_QUANTITY),
                        "line", i + 1, "quantity", q, "limit", MAX_QUANTITY);
            }
            if (memo ? q > 0 : q < 0) {
                throw new StudioException(ErrorCode.VALIDATION, "quantity " + q + " on line " + (i + 1)
                        + (memo ? ": credit memo quantities are negative or zero"
                                : ": negative quantities are only for credit memos"),
                        "line", i + 1, "quantity", q);
            }
            if (line.unitPrice().isNegative()) {
                throw new StudioException(ErrorCode.VALIDATION, "negative unit price on line " + (i + 1),
                        "line", i + 1, "price", line.unitPrice());
            }
            if (line.item().isBlank()) {
                throw new StudioException(ErrorCode.VALIDATION, "line " + (i + 1) + " has no item", "line", i + 1);
            }
            String where = "line " + (i + 1) + " ";
            Inputs.text(line.item(), where + "item");
            Inputs.text(line.description(), where + "description");
            Inputs.text(line.category(), where + "category");
            Inputs.text(line.account(), where + "account");
        }
    }

    /** DOC-14 and similar: a date on or after another record's date ({@code VALIDATION}, as a business rule). */
    public static void notBefore(LocalDate date, LocalDate other, String what) {
        if (date.isBefore(other)) {
            throw new StudioException(ErrorCode.VALIDATION, date + " is before " + what + " dated " + other
                    + ": it must be on or after it", "date", date, "otherDate", other);
        }
    }
}
