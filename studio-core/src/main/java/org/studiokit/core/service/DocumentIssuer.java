package org.studiokit.core.service;

import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.Totals;
import org.studiokit.core.security.Actor;

/**
 * Creates the documents of compound money commands (DOC-10 quick sale, DOC-11 write-off, DEP-4 deposit refund),
 * whose command has checked permission (PTY-3), period (LCK-3) and writes the audit entry (AUD-1) itself. Only
 * {@link Invoices#takeIssuer()} makes one, once per {@link Invoices}, and the studio's money commands take it as
 * they are built, so no host code can obtain it.
 */
public final class DocumentIssuer {
    private final DocumentWriter writer;
    private final DocumentEdits edits;

    DocumentIssuer(DocumentWriter writer, DocumentEdits edits) {
        this.writer = writer;
        this.edits = edits;
    }

    /** The kind of document a compound money command issues. */
    public enum Purpose {
        /** DOC-10: a quick sale's generic invoice. */
        QUICK_SALE,
        /** DOC-11: a write-off credit memo. */
        WRITE_OFF,
        /** DEP-4: a deposit refund's $0 invoice. */
        DEPOSIT_REFUND
    }

    /** @return the new document */
    public Document issue(Actor actor, DocumentDraft draft, Purpose purpose) {
        Totals totals = writer.price(draft);
        long clientId = writer.resolveClient(draft);
        return writer.insert(actor, draft, clientId, totals, purpose == Purpose.WRITE_OFF,
                purpose == Purpose.DEPOSIT_REFUND);
    }

    /**
     * DOC-12: voids the $0 invoice of a deposit refund with the refund; the money command has checked the rules.
     *
     * @throws IllegalArgumentException when the document is not a deposit refund's invoice
     */
    public Document voidIssued(Document depositRefundInvoice) {
        if (!depositRefundInvoice.depositRefund()) {
            throw new IllegalArgumentException("only a deposit refund's invoice is voided with it");
        }
        return edits.voidWithOrders(depositRefundInvoice);
    }
}
