package org.studiokit.testkit.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.LockState;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentContent;
import org.studiokit.core.document.DocumentState;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.LinePricing;
import org.studiokit.core.document.PaymentPlan;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;
import org.studiokit.posting.journal.EntryKind;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.journal.RecordRef;

/** Records with every field set (and hostile text where text goes) for the store contract suite. */
public final class SampleRecords {
    /** The currency of the samples. */
    public static final Currency USD = Currency.getInstance("USD");
    /** Text a store must keep exactly: quotes, SQL, Unicode outside the BMP, combining marks, right-to-left, tab. */
    public static final List<String> HOSTILE = List.of("O'Brien; DROP TABLE sk_client; --", "Zoë \"Z\" Ångström",
            "写真スタジオ 📷🎉", "e\u0301 n\u0303 (combining)", "שלום עולם", "back\\slash %_ wildcards\tand tab",
            "x".repeat(10_000), "");

    private SampleRecords() {
    }

    /** @return money in USD */
    public static Money usd(long minor) {
        return Money.ofMinor(minor, USD);
    }

    /** @return a client named by text */
    public static Client client(long id, long number, String name) {
        return new Client(id, number, name, name + "@example.org", "+1 555 0100", false);
    }

    /** @return a session */
    public static Session session(long id, long number, long clientId) {
        return new Session(id, number, clientId, "Family ✓", LocalDate.of(2026, 3, 2), "Ann", "Booked");
    }

    /** @return a document with lines of every kind, discounts, a plan and a lock state */
    public static Document document(long id, long number, long clientId, Long originalId, String text) {
        List<Line> lines = List.of(
                new Line(text, "desc " + text, "Prints", "Print Sales", 3, usd(1_250), Discount.percent(
                        new BigDecimal("12.50")), null),
                new Line("Frame", null, null, null, 1, usd(9_999_999_999_999L), Discount.amount(usd(100)), List.of()),
                new Line("Album", null, null, null, 2, usd(5_000), null, List.of("ST", "CITY")));
        Money z = usd(0);
        Totals totals = new Totals(usd(1_000), usd(10), usd(500), usd(80), usd(1_570),
                new LinkedHashMap<>(Map.of("ST", usd(40))), new LinkedHashMap<>(Map.of("ST", usd(1_000))),
                List.of(new LinePricing(usd(1_000), z, usd(10), usd(990), List.of("ST"), usd(990))), List.of("ST"),
                usd(500));
        PaymentPlan plan = PaymentPlan.of(usd(1_570), 3, PaymentPlan.Frequency.MONTHLY, LocalDate.of(2026, 4, 1));
        DocumentContent content = new DocumentContent(LocalDate.of(2026, 3, 2), lines, Discount.amount(usd(10)),
                usd(500), List.of("ST", "CITY"), totals);
        DocumentState state = new DocumentState(LocalDate.of(2026, 3, 9), false, null, plan,
                new LockState(2, true, "owner", "typo " + text));
        return new Document(id, number, originalId == null ? DocumentType.INITIAL_ORDER : DocumentType.CREDIT_MEMO,
                clientId, 7L, originalId, originalId == null ? null : "reason: " + text, false, false, text, content,
                state);
    }

    /** @return a movement of a kind with every link set */
    public static MoneyMovement movement(long id, long number, MovementKind kind, long clientId, Long documentId,
            Long sourceId, String text) {
        return new MoneyMovement(id, number, kind, LocalDate.of(2026, 3, 3), usd(10_000_000_000_000L), "Check",
                "ref " + text, "clerk", "key-" + id, clientId, documentId, 99L, sourceId, 98L, false,
                LockState.UNPOSTED.postedIn(1));
    }

    /** @return a production order with a status history */
    public static ProductionOrder order(long id, long number, long documentId, String text) {
        List<StatusChange> history = List.of(
                new StatusChange(null, "Ordered", Instant.parse("2026-03-02T10:15:30.123456789Z"), "owner",
                        ChangeSource.MANUAL),
                new StatusChange("Ordered", "In Production", Instant.parse("2026-03-03T08:00:00Z"), text,
                        ChangeSource.SCAN));
        return new ProductionOrder(id, number, documentId, "Lab " + text, OrderKind.WORK_ORDER, "Print",
                "In Production", null, LocalDate.of(2026, 3, 20), "notes " + text, "vendor notes", false, history);
    }

    /** @return an audit entry */
    public static AuditEntry audit(long sequence, String text) {
        return new AuditEntry(sequence, Instant.parse("2026-03-02T10:15:30.987654321Z"), "owner", "POST",
                "invoice 1001", "before " + text, "after " + text, "0".repeat(64), "a".repeat(64));
    }

    /** @return a balanced batch with two entries */
    public static PostingBatch batch(long number, long documentId, long movementId) {
        JournalEntry doc = new JournalEntry(1, LocalDate.of(2026, 3, 2), EntryKind.DOCUMENT,
                RecordRef.document(documentId), "invoice 1001", "Invoice 1001 — Zoë",
                List.of(new JournalLine("Accounts Receivable", 1, "Zoë", usd(1_570)),
                        new JournalLine("Print Sales", 0, null, usd(-1_490)),
                        new JournalLine("Sales Tax Payable", 0, null, usd(-80))), 0);
        JournalEntry pay = new JournalEntry(2, LocalDate.of(2026, 3, 3), EntryKind.MOVEMENT,
                RecordRef.movement(movementId), "payment 1", "Payment", List.of(
                        new JournalLine("Undeposited Funds", 0, null, usd(500)),
                        new JournalLine("Accounts Receivable", 1, "Zoë", usd(-500))), 0);
        Totals totals = Totals.zero(usd(0));
        return new PostingBatch(number, LocalDate.of(2026, 3, 31), Set.of("Check"),
                Instant.parse("2026-04-01T09:00:00.5Z"), "owner", List.of(documentId), List.of(movementId),
                List.of(RecordRef.document(documentId)), List.of(doc, pay), usd(2_070), usd(2_070),
                Map.of(documentId, totals));
    }
}
