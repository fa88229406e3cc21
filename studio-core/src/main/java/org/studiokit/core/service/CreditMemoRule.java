package org.studiokit.core.service;

import java.time.LocalDate;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChecks;
import org.studiokit.core.money.Money;
import org.studiokit.core.store.StudioStore;

/**
 * DOC-9: a credit memo from an original invoice is for the original's bill-to client ({@code WRONG_CLIENT}), dated
 * on or after it ({@code VALIDATION}), and all live credit memos from one original (write-offs included) together
 * credit at most its total ({@code OVER_APPLICATION}). Checked when a memo is created and when the memo or its
 * original is edited.
 */
final class CreditMemoRule {
    private final StudioStore store;

    CreditMemoRule(StudioStore store) {
        this.store = store;
    }

    /** Checks the original's type (live already), then the rule, for a memo not yet saved. */
    void checkNew(Document original, long clientId, LocalDate date, Money credit) {
        if (!original.type().financial() || original.isCreditMemo()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "a credit memo needs an invoice, not "
                    + original.type(), "document", original.number(), "type", original.type());
        }
        check(original, clientId, date, credit, null);
    }

    /** Checks an edited document: as a memo against its original, and as an original against its memos. */
    void checkEdited(Document edited) {
        if (edited.isCreditMemo() && edited.originalId() != null) {
            Document original = store.documents().find(edited.originalId()).orElseThrow();
            if (!original.voided()) {
                check(original, edited.clientId(), edited.date(), edited.total().abs(), edited.id());
            }
        } else if (!edited.isCreditMemo() && edited.type().financial()) {
            Money credited = credited(edited.id(), null);
            if (credited.isGreaterThan(edited.total())) {
                throw over(edited, credited, edited.total());
            }
            for (Document memo : store.documents().by("original", edited.id())) {
                if (!memo.voided() && memo.isCreditMemo()) {
                    DocumentChecks.notBefore(memo.date(), edited.date(), "document " + edited.number()
                            + " it credits (credit memo " + memo.number() + ")");
                }
            }
        }
    }

    private void check(Document original, long clientId, LocalDate date, Money credit, Long except) {
        if (clientId != original.clientId()) {
            throw new StudioException(ErrorCode.WRONG_CLIENT, "a credit memo from document " + original.number()
                    + " is for its bill-to client", "document", original.number());
        }
        DocumentChecks.notBefore(date, original.date(), "document " + original.number() + " it credits");
        Money total = credited(original.id(), except).plus(credit);
        if (total.isGreaterThan(original.total())) {
            throw over(original, total, original.total());
        }
    }

    private static StudioException over(Document original, Money credited, Money limit) {
        return new StudioException(ErrorCode.OVER_APPLICATION, "credit memos from document " + original.number()
                + " would credit " + credited + ", over its total of " + limit, "document", original.number(),
                "credited", credited, "total", limit);
    }

    /** @return the credit of the live credit memos of an original, leaving one out */
    private Money credited(long originalId, Long except) {
        Money sum = Money.zero(store.settings().currency());
        for (Document memo : store.documents().by("original", originalId)) {
            if (!memo.voided() && memo.isCreditMemo() && (except == null || memo.id() != except)) {
                sum = sum.plus(memo.total().abs());
            }
        }
        return sum;
    }
}
