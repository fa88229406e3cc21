package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.store.StudioStore;

/**
 * Balances derived from the records (DOC-8): a document's balance, a deposit's remaining amount, whether a
 * payment was un-applied. Never stored.
 */
public final class Balances {
    private final StudioStore store;

    /** @param store the studio store */
    public Balances(StudioStore store) {
        this.store = store;
    }

    /** @return every movement that touches a document (as document or transfer target), in creation order */
    public List<MoneyMovement> movementsOf(long documentId) {
        return store.movementsTouching(List.of(documentId));
    }

    /**
     * DOC-8: total − payments − deposits applied − credit transferred in + credit transferred out + refunds
     * + un-applies. Negative is a credit balance. An estimate takes no money: its balance is its total.
     */
    public Money balance(Document doc) {
        return balanceAsOf(doc, null);
    }

    /** @return the balance counting only movements dated on or before the date (all when null) */
    public Money balanceAsOf(Document doc, LocalDate asOf) {
        if (doc.type() == DocumentType.ESTIMATE) {
            return doc.total();
        }
        Money balance = doc.total();
        for (MoneyMovement m : movementsOf(doc.id())) {
            if (asOf == null || !m.date().isAfter(asOf)) {
                balance = balance.plus(m.effectOn(doc.id()));
            }
        }
        return balance;
    }

    /** @return the money a deposit or un-apply still has to apply: its amount less its applications */
    public Money remaining(MoneyMovement source) {
        return remainingAsOf(source, null);
    }

    /** @return the remaining amount counting applications dated on or before the date (all when null) */
    public Money remainingAsOf(MoneyMovement source, LocalDate asOf) {
        Money left = source.amount();
        for (MoneyMovement m : store.movements().by("source", source.id())) {
            if (m.kind() == MovementKind.APPLICATION && !m.voided() && (asOf == null || !m.date().isAfter(asOf))) {
                left = left.minus(m.amount());
            }
        }
        return left;
    }

    /** @return the live un-apply of a payment or application, if any */
    public java.util.Optional<MoneyMovement> unapplyOf(MoneyMovement paymentOrApplication) {
        return store.movements().by("source", paymentOrApplication.id()).stream()
                .filter(m -> m.kind() == MovementKind.UNAPPLY && !m.voided()).findFirst();
    }

    /** DEP-3: the client's deposits and un-applies with money left to apply, oldest first. */
    public List<MoneyMovement> unappliedDeposits(long clientId) {
        List<MoneyMovement> result = new ArrayList<>();
        for (MoneyMovement m : store.movements().by("client", clientId)) {
            if (m.kind().depositSource() && !m.voided() && remaining(m).isPositive()) {
                result.add(m);
            }
        }
        return result;
    }
}
