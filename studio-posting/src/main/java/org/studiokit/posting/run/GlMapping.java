package org.studiokit.posting.run;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Session;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.SessionType;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.StudioReader;
import org.studiokit.posting.journal.Booking;

/**
 * The GL mapping of PST-4: what a record books in its current state, given which documents are posted. A money
 * movement books against Accounts Receivable when its document is posted and against Customer Deposits when it is
 * not; so, as documents post, the difference moves money from Customer Deposits to A/R.
 */
public final class GlMapping {
    private final StudioReader store;
    private volatile Accounts accounts;

    /** @param store the studio's records, read only */
    public GlMapping(StudioReader store) {
        this.store = store;
    }

    /** The accounts of the roles a mapping books, looked up once per settings. */
    private record Accounts(StudioSettings settings, String ar, String deposits, String discounts, String shipping) {
        static Accounts of(StudioSettings s) {
            return new Accounts(s, s.account(AccountRole.AR), s.account(AccountRole.CUSTOMER_DEPOSITS),
                    s.account(AccountRole.DISCOUNTS), s.account(AccountRole.SHIPPING));
        }
    }

    /** @return the role accounts of the studio's current settings */
    private Accounts accounts() {
        StudioSettings s = store.settings();
        Accounts a = accounts;
        if (a == null || a.settings() != s) {
            a = Accounts.of(s);
            accounts = a;
        }
        return a;
    }

    /** @return what the document books (empty when void or an estimate) */
    public Booking document(Document doc) {
        if (doc.voided() || !doc.type().financial()) {
            return new Booking();
        }
        Accounts a = accounts();
        StudioSettings s = a.settings();
        Totals t = doc.totals();
        Booking b = new Booking(3 + t.lines().size() + t.taxes().size());
        b.add(a.ar(), doc.clientId(), t.total().minor());
        boolean inclusive = s.taxMode() == TaxMode.INCLUSIVE;
        if (!inclusive) {
            b.add(a.discounts(), 0, t.discount().minor());
        }
        List<LinePricing> priced = t.lines();
        String fallback = null;
        for (int i = 0; i < priced.size(); i++) {
            LinePricing lp = priced.get(i);
            Line line = doc.lines().get(i);
            String account = lineOrItemAccount(doc, line, s);
            if (account == null) {
                fallback = fallback != null ? fallback : sessionOrGeneral(doc, s);
                account = fallback;
            }
            b.add(account, 0, -(inclusive ? lp.net() : lp.gross()).minor());
        }
        b.add(a.shipping(), 0, -(inclusive ? t.shippingNet() : t.shipping()).minor());
        for (Map.Entry<String, Money> tax : t.taxes().entrySet()) {
            b.add(s.taxAccount(tax.getKey()), 0, -tax.getValue().minor());
        }
        return b;
    }

    /**
     * DOC-13: the line's account, else its item's, else the session type's (a credit memo uses its original
     * invoice's session), else General Sales.
     */
    public String incomeAccount(Document doc, Line line) {
        StudioSettings s = store.settings();
        String account = lineOrItemAccount(doc, line, s);
        return account != null ? account : sessionOrGeneral(doc, s);
    }

    /** @return the line's account, its item's, or Bad Debt for a write-off line; null when the document decides */
    private static String lineOrItemAccount(Document doc, Line line, StudioSettings s) {
        if (line.account() != null && !line.account().isBlank()) {
            return line.account();
        }
        Item item = s.items().get(line.item());
        if (item != null && item.account() != null) {
            return item.account();
        }
        if (line.item().equals(s.writeOffItem()) && doc.writeOff()) {
            return s.account(AccountRole.BAD_DEBT);
        }
        return null;
    }

    /** @return the account of the document's session type (a credit memo: its original's), else General Sales */
    private String sessionOrGeneral(Document doc, StudioSettings s) {
        Long sessionId = doc.sessionId();
        if (sessionId == null && doc.originalId() != null) {
            sessionId = store.documents().find(doc.originalId()).map(Document::sessionId).orElse(null);
        }
        if (sessionId != null) {
            Session session = store.sessions().find(sessionId).orElse(null);
            SessionType type = session == null ? null : s.sessionTypes().get(session.sessionType());
            if (type != null && type.account() != null) {
                return type.account();
            }
        }
        return s.account(AccountRole.GENERAL_SALES);
    }

    /**
     * @param m      the movement
     * @param posted which documents (by internal id) count as posted
     * @return what the movement books
     */
    public Booking movement(MoneyMovement m, LongPredicate posted) {
        return movement(m, posted, id -> store.documents().find(id).orElseThrow());
    }

    /**
     * @param m         the movement
     * @param posted    which documents (by internal id) count as posted
     * @param documents the documents it names, by internal id (a run's already read ones)
     * @return what the movement books
     */
    public Booking movement(MoneyMovement m, LongPredicate posted, LongFunction<Document> documents) {
        Booking b = new Booking();
        if (m.voided()) {
            return b;
        }
        Accounts a = accounts();
        StudioSettings s = a.settings();
        long amount = m.amount().minor();
        String ar = a.ar();
        String cd = a.deposits();
        switch (m.kind()) {
            case PAYMENT -> {
                b.add(s.depositAccount(m.method()), 0, amount);
                b.add(side(m.documentId(), posted), clientOf(m.documentId(), documents), -amount);
            }
            case REFUND -> {
                b.add(side(m.documentId(), posted), clientOf(m.documentId(), documents), amount);
                b.add(s.depositAccount(m.method()), 0, -amount);
            }
            case DEPOSIT -> {
                b.add(s.depositAccount(m.method()), 0, amount);
                b.add(cd, m.clientId(), -amount);
            }
            case APPLICATION -> {
                if (posted.test(m.documentId())) {
                    long client = clientOf(m.documentId(), documents);
                    b.add(cd, client, amount);
                    b.add(ar, client, -amount);
                }
            }
            case UNAPPLY -> {
                if (posted.test(m.documentId())) {
                    long client = clientOf(m.documentId(), documents);
                    b.add(ar, client, amount);
                    b.add(cd, client, -amount);
                }
            }
            case TRANSFER -> {
                b.add(side(m.documentId(), posted), clientOf(m.documentId(), documents), amount);
                b.add(side(m.targetId(), posted), clientOf(m.targetId(), documents), -amount);
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
        return b;
    }

    private String side(long documentId, LongPredicate posted) {
        Accounts a = accounts();
        return posted.test(documentId) ? a.ar() : a.deposits();
    }

    private static long clientOf(long documentId, LongFunction<Document> documents) {
        return documents.apply(documentId).clientId();
    }
}
