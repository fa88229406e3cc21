package org.studiokit.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Pricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;

/**
 * AssertJ assertions on a studio's core ledger, recomputed independently from the raw records
 * ({@code records().documents().all()}, {@code records().movements().all()}), never from the library's own balance code.
 *
 * <pre>{@code
 * LedgerAssertions.assertThatLedger(studio).isConsistent();
 * }</pre>
 */
public final class LedgerAssertions extends AbstractAssert<LedgerAssertions, Studio> {

    private LedgerAssertions(Studio studio) {
        super(studio, LedgerAssertions.class);
    }

    /** @return assertions on a studio's ledger */
    public static LedgerAssertions assertThatLedger(Studio studio) {
        return new LedgerAssertions(studio);
    }

    /**
     * Every core invariant: {@link #balancesMatchRecords()}, {@link #depositsNeverNegative()},
     * {@link #unappliesMatchTheirSource()}, {@link #depositRefundsArePaired()}, {@link #allocationsSumExactly()},
     * then every record invariant of {@link RecordAssertions#isConsistent()}.
     */
    public LedgerAssertions isConsistent() {
        balancesMatchRecords().depositsNeverNegative().unappliesMatchTheirSource().depositRefundsArePaired()
                .allocationsSumExactly();
        RecordAssertions.assertThatRecords(actual).isConsistent();
        return this;
    }

    /**
     * DOC-8: every document's balance, as the studio reports it, equals total − payments − deposits applied −
     * credit transferred in + credit transferred out + refunds + un-applies, recomputed from every movement; an
     * estimate's is zero.
     */
    public LedgerAssertions balancesMatchRecords() {
        isNotNull();
        List<MoneyMovement> all = actual.records().movements().all();
        for (Document doc : actual.records().documents().all()) {
            Money expected = expectedBalance(doc, all);
            Money reported = actual.balances().balance(doc);
            if (!reported.equals(expected)) {
                failWithMessage("DOC-8 document %s (%s%s) has balance %s but its records give %s", doc.number(),
                        doc.type(), doc.voided() ? ", void" : "", reported, expected);
            }
            Money byId = actual.invoices().balance(doc.id());
            if (!byId.equals(expected)) {
                failWithMessage("DOC-8 invoices().balance(%s) is %s, expected %s", doc.number(), byId, expected);
            }
        }
        return this;
    }

    /**
     * DEP-2: no deposit or un-apply has more applied than its amount, recomputed from the applications; the studio's
     * remaining amount agrees; every live application draws on a live deposit or un-apply of its document's client.
     */
    public LedgerAssertions depositsNeverNegative() {
        isNotNull();
        List<MoneyMovement> all = actual.records().movements().all();
        Map<Long, MoneyMovement> byId = byId(all);
        for (MoneyMovement app : all) {
            if (app.kind() != MovementKind.APPLICATION || app.voided()) {
                continue;
            }
            MoneyMovement source = app.sourceId() == null ? null : byId.get(app.sourceId());
            if (source == null || source.voided() || !source.kind().depositSource()
                    || source.clientId() != app.clientId()) {
                failWithMessage("DEP-2 application %s draws on %s, not a live deposit or un-apply of its client",
                        app.number(), source);
            }
        }
        for (MoneyMovement source : all) {
            if (!source.kind().depositSource() || source.voided()) {
                continue;
            }
            Money expected = expectedRemaining(source, all);
            if (expected.isNegative()) {
                failWithMessage("DEP-2 %s %s of %s has %s remaining: more is applied than it holds", source.kind(),
                        source.number(), source.amount(), expected);
            }
            Money reported = actual.balances().remaining(source);
            if (!reported.equals(expected)) {
                failWithMessage("DEP-2 %s %s reports %s remaining, its applications give %s", source.kind(),
                        source.number(), reported, expected);
            }
        }
        return this;
    }

    /**
     * PAY-2: every live un-apply takes off a whole live payment or deposit application of the same document, and no
     * payment or application is un-applied twice.
     */
    public LedgerAssertions unappliesMatchTheirSource() {
        isNotNull();
        Map<Long, MoneyMovement> byId = byId(actual.records().movements().all());
        Map<Long, Integer> count = new HashMap<>();
        for (MoneyMovement m : byId.values()) {
            if (m.kind() != MovementKind.UNAPPLY || m.voided()) {
                continue;
            }
            MoneyMovement source = m.sourceId() == null ? null : byId.get(m.sourceId());
            if (source == null || source.voided()
                    || source.kind() != MovementKind.PAYMENT && source.kind() != MovementKind.APPLICATION) {
                failWithMessage("PAY-2 un-apply %s does not take off a live payment or application (source %s)",
                        m.number(), source);
                continue;
            }
            if (!m.amount().equals(source.amount())) {
                failWithMessage("PAY-2 un-apply %s is %s but the %s %s it takes off is %s", m.number(), m.amount(),
                        source.kind(), source.number(), source.amount());
            }
            if (!Objects.equals(m.documentId(), source.documentId())) {
                failWithMessage("PAY-2 un-apply %s is on another document than %s %s", m.number(), source.kind(),
                        source.number());
            }
            if (count.merge(source.id(), 1, Integer::sum) > 1) {
                failWithMessage("PAY-2 %s %s is un-applied twice", source.kind(), source.number());
            }
        }
        return this;
    }

    /**
     * DEP-4: every live deposit refund has its live application on the same $0 invoice, with the same amount and
     * date, numbered just before it.
     */
    public LedgerAssertions depositRefundsArePaired() {
        isNotNull();
        Map<Long, MoneyMovement> byId = byId(actual.records().movements().all());
        for (MoneyMovement m : byId.values()) {
            if (m.kind() != MovementKind.REFUND || m.pairId() == null || m.voided()) {
                continue;
            }
            MoneyMovement app = byId.get(m.pairId());
            if (app == null || app.voided() || app.kind() != MovementKind.APPLICATION
                    || !Objects.equals(app.pairId(), m.id()) || !Objects.equals(app.documentId(), m.documentId())
                    || !app.amount().equals(m.amount()) || !app.date().equals(m.date())
                    || app.number() >= m.number()) {
                failWithMessage("DEP-4 deposit refund %s is not paired with a live application before it on the "
                        + "same invoice, amount and date: %s", m, app);
            }
        }
        return this;
    }

    /**
     * DOC-4..7, TAX-2, MON-3: every document's totals add up exactly: Σ line gross = subtotal; line amount = gross −
     * line discount − share of the invoice discount; the shares are the MON-3 split of the invoice discount over the
     * lines' amounts after their own discounts; Σ tax per rate = tax; total = subtotal − discount + shipping (+ tax
     * unless {@code INCLUSIVE}); in {@code INCLUSIVE} mode Σ net + shipping net + tax = Σ amount + shipping.
     */
    public LedgerAssertions allocationsSumExactly() {
        isNotNull();
        StudioSettings settings = actual.settings();
        for (Document doc : actual.records().documents().all()) {
            if (doc.voided()) {
                continue;
            }
            Totals t = doc.totals();
            Money zero = Money.zero(settings.currency());
            Money gross = zero;
            Money discounts = zero;
            Money lineDiscounts = zero;
            Money amounts = zero;
            Money nets = zero;
            List<Money> afterLine = new ArrayList<>();
            List<Money> shares = new ArrayList<>();
            for (LinePricing p : t.lines()) {
                gross = gross.plus(p.gross());
                lineDiscounts = lineDiscounts.plus(p.lineDiscount());
                discounts = discounts.plus(p.lineDiscount()).plus(p.invoiceDiscount());
                amounts = amounts.plus(p.amount());
                nets = nets.plus(p.net());
                afterLine.add(p.gross().minus(p.lineDiscount()));
                shares.add(p.invoiceDiscount());
                if (!p.amount().equals(p.gross().minus(p.lineDiscount()).minus(p.invoiceDiscount()))) {
                    failWithMessage("DOC-4 document %s has a line whose amount %s is not gross %s − discounts %s − %s",
                            doc.number(), p.amount(), p.gross(), p.lineDiscount(), p.invoiceDiscount());
                }
            }
            String where = "document " + doc.number() + " (" + doc.type() + ")";
            same(where + " Σ line gross", gross, t.subtotal());
            same(where + " Σ discounts", discounts, t.discount());
            Money invoiceDiscount = t.discount().minus(lineDiscounts);
            if (!t.lines().isEmpty()) {
                same(where + " MON-3 shares of the invoice discount " + invoiceDiscount, shares,
                        invoiceDiscount.allocate(afterLine));
            }
            same(where + " Σ tax per rate", t.taxes().values().stream().reduce(zero, Money::plus), t.tax());
            Money total = t.subtotal().minus(t.discount()).plus(t.shipping());
            if (settings.taxMode() == TaxMode.INCLUSIVE) {
                same(where + " INCLUSIVE Σ net + shipping net + tax", nets.plus(t.shippingNet()).plus(t.tax()),
                        amounts.plus(t.shipping()));
            } else {
                total = total.plus(t.tax());
            }
            same(where + " DOC-7 total", total, t.total());
            same(where + " document total", t.total(), doc.total());
        }
        return this;
    }

    /**
     * Every document's totals are what pricing its stored lines, discount, shipping and taxes with the current
     * settings gives (holds while no operation changes tax rates, the tax mode or rounding).
     */
    public LedgerAssertions totalsRepriceExactly() {
        isNotNull();
        StudioSettings settings = actual.settings();
        for (Document doc : actual.records().documents().all()) {
            if (doc.voided()) {
                continue;
            }
            Totals again = Pricing.price(doc.lines(), doc.discount(), doc.shipping(), doc.taxes(), settings);
            if (!again.equals(doc.totals())) {
                failWithMessage("document %s totals %s reprice to %s", doc.number(), doc.totals(), again);
            }
        }
        return this;
    }


    /** @return DOC-8 recomputed for a document from a list of movements (an estimate's is its total) */
    public static Money expectedBalance(Document doc, List<MoneyMovement> movements) {
        Money balance = doc.total();
        if (doc.type() == DocumentType.ESTIMATE) {
            return balance;
        }
        for (MoneyMovement m : movements) {
            if (m.voided()) {
                continue;
            }
            boolean on = Objects.equals(m.documentId(), doc.id());
            switch (m.kind()) {
                case PAYMENT, APPLICATION -> balance = on ? balance.minus(m.amount()) : balance;
                case REFUND, UNAPPLY -> balance = on ? balance.plus(m.amount()) : balance;
                case TRANSFER -> {
                    if (on) {
                        balance = balance.plus(m.amount());
                    } else if (Objects.equals(m.targetId(), doc.id())) {
                        balance = balance.minus(m.amount());
                    }
                }
                case DEPOSIT -> {
                }
                default -> throw new IllegalStateException(m.kind().name());
            }
        }
        return balance;
    }

    /** @return a deposit's or un-apply's amount less its live applications, from a list of movements */
    public static Money expectedRemaining(MoneyMovement source, List<MoneyMovement> movements) {
        Money left = source.amount();
        for (MoneyMovement m : movements) {
            if (m.kind() == MovementKind.APPLICATION && !m.voided() && Objects.equals(m.sourceId(), source.id())) {
                left = left.minus(m.amount());
            }
        }
        return left;
    }

    private void same(String what, Object actualValue, Object expected) {
        if (!Objects.equals(actualValue, expected)) {
            failWithMessage("%s: %s, expected %s", what, actualValue, expected);
        }
    }


    static Map<Long, MoneyMovement> byId(List<MoneyMovement> all) {
        Map<Long, MoneyMovement> map = new java.util.LinkedHashMap<>();
        for (MoneyMovement m : all) {
            map.put(m.id(), m);
        }
        return map;
    }
}