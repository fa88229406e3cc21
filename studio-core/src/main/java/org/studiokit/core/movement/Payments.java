package org.studiokit.core.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioContext;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentIssuer;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Invoices;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Clients;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.IdempotentResult;
import org.studiokit.core.store.Sequence;

/**
 * Money movements (PAY-1..3, DEP-1..4, REF-1, TRF-1, DOC-10, DOC-11, IDM-1). Checks run in the order of ERR-1:
 * permission, values, records, idempotency key, period, lock, business rules.
 */
public final class Payments {
    private final StudioContext ctx;
    private final Balances balances;
    private final Invoices invoices;
    private final Clients clients;
    private final DocumentIssuer issuer;

    /**
     * @param ctx      the studio context
     * @param invoices the studio's documents
     * @param clients  the studio's clients
     */
    public Payments(StudioContext ctx, Invoices invoices, Clients clients) {
        this.ctx = ctx;
        this.balances = new Balances(ctx.store());
        this.invoices = invoices;
        this.clients = clients;
        this.issuer = invoices.takeIssuer();
    }

    /** @return the balance queries of the studio */
    public Balances balances() {
        return balances;
    }

    /** PAY-1: a payment against one invoice. */
    public Receipt pay(Actor actor, long documentId, LocalDate date, String method, Money amount, String reference,
            String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.RECEIVE_PAYMENT);
            checkValues(date, amount);
            checkMethod(method);
            checkReference(reference);
            Document doc = document(documentId);
            Optional<Receipt> replay = replay(key, "payment", documentId, date, method, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, doc);
            requireInvoice(doc, "payment");
            Money balance = balances.balance(doc);
            if (amount.isGreaterThan(balance) && !ctx.store().settings().allowOverpayment()) {
                throw new StudioException(ErrorCode.OVERPAYMENT, "payment " + amount + " exceeds the balance due "
                        + balance, "amount", amount, "balance", balance);
            }
            MoneyMovement m = insert(MovementKind.PAYMENT, date, amount, method, reference, actor, key,
                    doc.clientId(), doc.id(), null, null, null);
            return remember(key, "payment", fingerprint(documentId, date, method, amount),
                    new Receipt(m, null, doc, balances.balance(doc), null, null));
        });
    }

    /** DEP-1: a customer deposit received before any invoice. */
    public Receipt deposit(Actor actor, long clientId, LocalDate date, String method, Money amount, String reference,
            String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.RECEIVE_PAYMENT);
            checkValues(date, amount);
            checkMethod(method);
            checkReference(reference);
            Client client = clients.get(clientId);
            Optional<Receipt> replay = replay(key, "deposit", clientId, date, method, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            MoneyMovement m = insert(MovementKind.DEPOSIT, date, amount, method, reference, actor, key, client.id(),
                    null, null, null, null);
            return remember(key, "deposit", fingerprint(clientId, date, method, amount),
                    new Receipt(m, null, null, null, null, amount));
        });
    }

    /** DEP-2: applies a deposit (or an un-apply) to an invoice of the same client. */
    public Receipt applyDeposit(Actor actor, long sourceId, long documentId, LocalDate date, Money amount,
            String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.RECEIVE_PAYMENT);
            checkValues(date, amount);
            MoneyMovement source = depositSource(sourceId);
            Document doc = document(documentId);
            Optional<Receipt> replay = replay(key, "applyDeposit", sourceId + ">" + documentId, date, null, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, doc);
            checkDate(date, source);
            requireInvoice(doc, "deposit");
            if (doc.clientId() != source.clientId()) {
                throw new StudioException(ErrorCode.WRONG_CLIENT, "deposit " + source.number()
                        + " belongs to another client", "deposit", source.number(), "document", doc.number());
            }
            Money remaining = balances.remaining(source);
            Money balance = balances.balance(doc);
            if (amount.isGreaterThan(remaining) || amount.isGreaterThan(balance)) {
                throw new StudioException(ErrorCode.OVER_APPLICATION, "applying " + amount + " exceeds the deposit's "
                        + remaining + " or the balance " + balance, "amount", amount, "remaining", remaining,
                        "balance", balance);
            }
            MoneyMovement m = insert(MovementKind.APPLICATION, date, amount, null, null, actor, key, doc.clientId(),
                    doc.id(), null, source.id(), null);
            return remember(key, "applyDeposit", fingerprint(sourceId + ">" + documentId, date, null, amount),
                    new Receipt(m, null, doc, balances.balance(doc), null, balances.remaining(source)));
        });
    }

    /**
     * DEP-4: refunds (part of) a deposit: a $0 generic invoice dated with the refund, the deposit's application to
     * it (numbered first) and the refund against it, so its balance is 0.
     */
    public Receipt refundDeposit(Actor actor, long sourceId, LocalDate date, String method, Money amount,
            String reference, String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.REFUND);
            checkValues(date, amount);
            checkMethod(method);
            checkReference(reference);
            MoneyMovement source = depositSource(sourceId);
            Optional<Receipt> replay = replay(key, "refundDeposit", sourceId, date, method, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, source);
            Money remaining = balances.remaining(source);
            if (amount.isGreaterThan(remaining)) {
                throw new StudioException(ErrorCode.OVER_REFUND, "refund " + amount + " exceeds the deposit's "
                        + remaining, "amount", amount, "remaining", remaining);
            }
            Document zero = issuer.issue(actor,
                    DocumentDraft.forClient(DocumentType.GENERIC, source.clientId(), date).withTaxes(List.of()),
                    DocumentIssuer.Purpose.DEPOSIT_REFUND);
            MoneyMovement app = insert(MovementKind.APPLICATION, date, amount, null, null, actor, null,
                    source.clientId(), zero.id(), null, source.id(), null);
            MoneyMovement refund = insert(MovementKind.REFUND, date, amount, method, reference, actor, key,
                    source.clientId(), zero.id(), null, source.id(), app.id());
            app = app.withPair(refund.id());
            ctx.store().movements().save(app);
            ctx.audit().record(actor.name(), "REFUND_DEPOSIT", "movement " + refund.number(), "",
                    refund.toString());
            return remember(key, "refundDeposit", fingerprint(sourceId, date, method, amount),
                    new Receipt(refund, app, zero, balances.balance(zero), null, balances.remaining(source)));
        });
    }

    /** REF-1: money paid back against a document with a credit balance. */
    public Receipt refund(Actor actor, long documentId, LocalDate date, String method, Money amount,
            String reference, String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.REFUND);
            checkValues(date, amount);
            checkMethod(method);
            checkReference(reference);
            Document doc = document(documentId);
            Optional<Receipt> replay = replay(key, "refund", documentId, date, method, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, doc);
            if (!doc.type().financial()) {
                throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no refund on an estimate",
                        "document", doc.number());
            }
            Money credit = balances.balance(doc).negate();
            if (amount.isGreaterThan(credit)) {
                throw new StudioException(ErrorCode.OVER_REFUND, "refund " + amount + " exceeds the credit balance "
                        + credit.max(Money.zero(credit.currency())), "amount", amount, "credit", credit);
            }
            MoneyMovement m = insert(MovementKind.REFUND, date, amount, method, reference, actor, key,
                    doc.clientId(), doc.id(), null, null, null);
            ctx.audit().record(actor.name(), "REFUND", "movement " + m.number(), "", m.toString());
            return remember(key, "refund", fingerprint(documentId, date, method, amount),
                    new Receipt(m, null, doc, balances.balance(doc), null, null));
        });
    }

    /** TRF-1: moves credit from a document with a credit balance to a document with a balance due. */
    public Receipt transfer(Actor actor, long fromId, long toId, LocalDate date, Money amount, String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.RECEIVE_PAYMENT);
            checkValues(date, amount);
            if (fromId == toId) {
                throw new StudioException(ErrorCode.VALIDATION, "a transfer needs two documents", "from", fromId);
            }
            Document from = document(fromId);
            Document to = document(toId);
            Optional<Receipt> replay = replay(key, "transfer", fromId + ">" + toId, date, null, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            return doTransfer(actor, from, to, date, amount, key);
        });
    }

    private Receipt doTransfer(Actor actor, Document from, Document to, LocalDate date, Money amount, String key) {
        ctx.requireOpen(date);
        checkDate(date, from);
        checkDate(date, to);
        if (!from.type().financial() || !to.type().financial()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no transfer with an estimate",
                    "from", from.number(), "to", to.number());
        }
        Money credit = balances.balance(from).negate();
        Money due = balances.balance(to);
        if (amount.isGreaterThan(credit) || amount.isGreaterThan(due)) {
            throw new StudioException(ErrorCode.OVER_APPLICATION, "transfer " + amount + " exceeds the credit "
                    + credit + " or the balance due " + due, "amount", amount, "credit", credit, "due", due);
        }
        MoneyMovement m = insert(MovementKind.TRANSFER, date, amount, null, null, actor, key, from.clientId(),
                from.id(), to.id(), null, null);
        return remember(key, "transfer", fingerprint(from.id() + ">" + to.id(), date, null, amount),
                new Receipt(m, null, from, balances.balance(from), balances.balance(to), null));
    }

    /**
     * PAY-2: takes a whole payment or deposit application off its invoice; the amount becomes an unapplied deposit
     * of the bill-to client. Allowed on posted payments, which never change.
     */
    public Receipt unapply(Actor actor, long movementId, LocalDate date, String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.RECEIVE_PAYMENT);
            if (date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "an un-apply needs a date", "date", null);
            }
            MoneyMovement target = movement(movementId);
            if (target.kind() != MovementKind.PAYMENT && target.kind() != MovementKind.APPLICATION
                    || target.pairId() != null) {
                throw new StudioException(ErrorCode.VALIDATION, "only a payment or a deposit application can be"
                        + " un-applied", "movement", target.number(), "kind", target.kind());
            }
            Optional<Receipt> replay = replay(key, "unapply", movementId, date, null, null);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, target);
            if (balances.unapplyOf(target).isPresent()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "movement " + target.number()
                        + " was already un-applied", "movement", target.number());
            }
            Document doc = document(target.documentId());
            MoneyMovement m = insert(MovementKind.UNAPPLY, date, target.amount(), null, null, actor, key,
                    doc.clientId(), doc.id(), null, target.id(), null);
            return remember(key, "unapply", fingerprint(movementId, date, null, null),
                    new Receipt(m, null, doc, balances.balance(doc), null, balances.remaining(m)));
        });
    }

    /**
     * DOC-11: writes off part of an invoice's balance: a credit memo linked to the invoice with one non-taxable line
     * of the write-off item, whose credit is transferred to the invoice.
     */
    public Receipt writeOff(Actor actor, long documentId, LocalDate date, Money amount, String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.WRITE_OFF);
            checkValues(date, amount);
            Document doc = document(documentId);
            Optional<Receipt> replay = replay(key, "writeOff", documentId, date, null, amount);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            checkDate(date, doc);
            requireInvoice(doc, "write-off");
            Money balance = balances.balance(doc);
            if (amount.isGreaterThan(balance)) {
                throw new StudioException(ErrorCode.OVER_APPLICATION, "write-off " + amount
                        + " exceeds the balance " + balance, "amount", amount, "balance", balance);
            }
            String item = ctx.store().settings().writeOffItem();
            DocumentDraft draft = DocumentDraft.forClient(DocumentType.CREDIT_MEMO, doc.clientId(), date)
                    .line(Line.of(item, -1, amount).withTaxes(List.of())).withTaxes(List.of())
                    .withOriginal(doc.id(), "write-off");
            Document memo = issuer.issue(actor, draft, DocumentIssuer.Purpose.WRITE_OFF);
            MoneyMovement m = insert(MovementKind.TRANSFER, date, amount, null, null, actor, key, doc.clientId(),
                    memo.id(), doc.id(), null, null);
            ctx.audit().record(actor.name(), "WRITE_OFF", "document " + doc.number(), "",
                    "credit memo " + memo.number() + " for " + amount);
            return remember(key, "writeOff", fingerprint(documentId, date, null, amount),
                    new Receipt(m, null, memo, balances.balance(memo), balances.balance(doc), null));
        });
    }

    /** DOC-10: a generic invoice for the Quick Sale client and its payment in full, in one call. */
    public Receipt quickSale(Actor actor, LocalDate date, List<Line> lines, String method, String reference,
            String key) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL, Permission.RECEIVE_PAYMENT);
            if (date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a quick sale needs a date", "date", null);
            }
            checkMethod(method);
            checkReference(reference);
            Client quick = clients.quickSaleClient();
            DocumentDraft draft = new DocumentDraft(DocumentType.GENERIC, quick.id(), null, date, lines, null, null,
                    null, null, null);
            Money total = invoices.price(draft).total();
            if (!total.isPositive()) {
                throw new StudioException(ErrorCode.VALIDATION, "a quick sale needs a total above zero",
                        "total", total);
            }
            Optional<Receipt> replay = replay(key, "quickSale", 0, date, method, total);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(date);
            Document doc = issuer.issue(actor, draft, DocumentIssuer.Purpose.QUICK_SALE);
            MoneyMovement m = insert(MovementKind.PAYMENT, date, total, method, reference, actor, key, quick.id(),
                    doc.id(), null, null, null);
            return remember(key, "quickSale", fingerprint(0, date, method, total),
                    new Receipt(m, null, doc, balances.balance(doc), null, null));
        });
    }

    /**
     * Edits an unposted or unlocked money movement's date, method or amount (null keeps the value); the rules
     * that applied at creation are checked again.
     */
    public MoneyMovement edit(Actor actor, long movementId, LocalDate date, String method, Money amount) {
        return ctx.store().transaction(() -> {
            if (!actor.can(Permission.RECEIVE_PAYMENT) && !actor.can(Permission.REFUND)
                    && !actor.can(Permission.WRITE_OFF)) {
                actor.require(Permission.RECEIVE_PAYMENT);
            }
            MoneyMovement m = ctx.store().movements().find(movementId).orElse(null);
            if (m != null) {
                actor.require(permissionFor(m));
            }
            if (amount != null) {
                checkAmount(amount);
            }
            Inputs.optionalDate(date, "date");
            if (m == null) {
                throw new StudioException(ErrorCode.NOT_FOUND, "no movement with id " + movementId, "movement",
                        movementId);
            }
            live(m);
            if (method != null && !m.kind().hasMethod()) {
                throw new StudioException(ErrorCode.VALIDATION, "a " + m.kind() + " has no payment method",
                        "movement", m.number());
            }
            if (method != null) {
                checkMethod(method);
            }
            boolean amountChanges = amount != null && !amount.equals(m.amount());
            if (amountChanges && (m.kind() == MovementKind.UNAPPLY || m.pairId() != null
                    || balances.unapplyOf(m).isPresent())) {
                throw new StudioException(ErrorCode.VALIDATION, "the amount of this " + m.kind()
                        + " follows another record", "movement", m.number());
            }
            LocalDate newDate = date != null ? date : m.date();
            ctx.requireOpen(m.date());
            ctx.requireOpen(newDate);
            StudioContext.requireUnlocked(m.lock(), "movement " + m.number());
            MoneyMovement edited = m.withContent(newDate, method != null ? method : m.method(),
                    amount != null ? amount : m.amount());
            if (m.pairId() != null && !newDate.equals(m.date())) {
                MoneyMovement pair = movement(m.pairId());
                StudioContext.requireUnlocked(pair.lock(), "movement " + pair.number());
                ctx.store().movements().save(pair.withContent(newDate, pair.method(), pair.amount()));
                Document zero = invoices.get(m.documentId());
                if (zero.depositRefund()) {
                    StudioContext.requireUnlocked(zero.lock(), "document " + zero.number());
                    ctx.requireOpen(zero.date());
                    ctx.store().documents().save(zero.withContent(newDate, zero.lines(), zero.discount(),
                            zero.shipping(), zero.taxes(), zero.totals()));
                    for (MoneyMovement other : balances.movementsOf(zero.id())) {
                        if (!other.voided() && other.id() != m.id() && other.id() != pair.id()
                                && other.date().isBefore(newDate)) {
                            throw new StudioException(ErrorCode.VALIDATION, "movement " + other.number()
                                    + " on document " + zero.number() + " is dated before " + newDate,
                                    "movement", other.number(), "date", newDate);
                        }
                    }
                }
            }
            ctx.store().movements().save(edited);
            checkAfterEdit(m, edited);
            if (m.lock().posted()) {
                ctx.audit().record(actor.name(), "EDIT", "movement " + m.number(), m.toString(), edited.toString());
            }
            return edited;
        });
    }

    private void checkAfterEdit(MoneyMovement before, MoneyMovement after) {
        if (after.documentId() != null) {
            checkDate(after.date(), document(after.documentId()));
        }
        if (after.targetId() != null) {
            checkDate(after.date(), document(after.targetId()));
        }
        if (after.sourceId() != null) {
            checkDate(after.date(), movement(after.sourceId()));
        }
        for (MoneyMovement dependent : ctx.store().movements().by("source", after.id())) {
            if (!dependent.voided() && dependent.date().isBefore(after.date())) {
                throw new StudioException(ErrorCode.VALIDATION, "movement " + dependent.number()
                        + " depends on it and is dated earlier", "movement", dependent.number());
            }
        }
        boolean grew = after.amount().isGreaterThan(before.amount());
        switch (after.kind()) {
            case PAYMENT -> {
                if (grew && balances.balance(document(after.documentId())).isNegative()
                        && !ctx.store().settings().allowOverpayment()) {
                    throw new StudioException(ErrorCode.OVERPAYMENT, "the payment would exceed the balance due",
                            "amount", after.amount());
                }
            }
            case APPLICATION -> {
                if (grew && (balances.remaining(movement(after.sourceId())).isNegative()
                        || balances.balance(document(after.documentId())).isNegative())) {
                    throw new StudioException(ErrorCode.OVER_APPLICATION, "the application would exceed the deposit"
                            + " or the balance", "amount", after.amount());
                }
            }
            case REFUND -> {
                if (grew && balances.balance(document(after.documentId())).isPositive()) {
                    throw new StudioException(ErrorCode.OVER_REFUND, "the refund would exceed the credit balance",
                            "amount", after.amount());
                }
            }
            case TRANSFER -> {
                if (grew && (balances.balance(document(after.documentId())).isPositive()
                        || balances.balance(document(after.targetId())).isNegative())) {
                    throw new StudioException(ErrorCode.OVER_APPLICATION, "the transfer would exceed the credit or"
                            + " the balance due", "amount", after.amount());
                }
            }
            case DEPOSIT, UNAPPLY -> {
                if (balances.remaining(after).isNegative()) {
                    throw new StudioException(ErrorCode.OVER_APPLICATION, "more of the deposit is applied than "
                            + after.amount(), "amount", after.amount());
                }
            }
            default -> throw new IllegalStateException(after.kind().name());
        }
    }

    /**
     * Voids an unposted or unlocked money movement (DOC-12). A deposit with applications, or a payment or
     * application that was un-applied, is refused with {@code MONEY_APPLIED}. Voiding one half of a deposit refund
     * voids the other.
     */
    public MoneyMovement voidMovement(Actor actor, long movementId) {
        return ctx.store().transaction(() -> {
            if (!actor.can(Permission.RECEIVE_PAYMENT) && !actor.can(Permission.REFUND)
                    && !actor.can(Permission.WRITE_OFF)) {
                actor.require(Permission.RECEIVE_PAYMENT);
            }
            MoneyMovement m = ctx.store().movements().find(movementId).orElse(null);
            if (m != null) {
                actor.require(permissionFor(m));
            }
            if (m == null) {
                throw new StudioException(ErrorCode.NOT_FOUND, "no movement with id " + movementId, "movement",
                        movementId);
            }
            if (m.voided()) {
                throw new StudioException(ErrorCode.NO_CHANGE, "movement " + m.number() + " is already void",
                        "movement", m.number());
            }
            if (m.kind() == MovementKind.UNAPPLY) {
                document(m.documentId());
            }
            ctx.requireOpen(m.date());
            StudioContext.requireUnlocked(m.lock(), "movement " + m.number());
            MoneyMovement pair = m.pairId() == null ? null : movement(m.pairId());
            if (pair != null) {
                actor.require(permissionFor(pair));
                StudioContext.requireUnlocked(pair.lock(), "movement " + pair.number());
            }
            for (MoneyMovement dependent : ctx.store().movements().by("source", m.id())) {
                if (!dependent.voided() && !Objects.equals(dependent.id(), m.pairId())) {
                    throw new StudioException(ErrorCode.MONEY_APPLIED, "movement " + dependent.number()
                            + " depends on movement " + m.number(), "movement", m.number(),
                            "dependent", dependent.number());
                }
            }
            Document zero = pair == null ? null : depositRefundInvoice(m, pair);
            MoneyMovement voided = m.asVoid();
            ctx.store().movements().save(voided);
            if (pair != null) {
                ctx.store().movements().save(pair.asVoid());
                issuer.voidIssued(zero);
            }
            ctx.audit().record(actor.name(), "VOID", "movement " + m.number(), m.toString(), "void");
            return voided;
        });
    }

    /**
     * DOC-12, DEP-4: the $0 invoice voided with a deposit refund: it must be unlocked and carry no other live money
     * ({@code LOCKED}, {@code MONEY_APPLIED}).
     */
    private Document depositRefundInvoice(MoneyMovement m, MoneyMovement pair) {
        Document zero = invoices.get(m.documentId());
        StudioContext.requireUnlocked(zero.lock(), "document " + zero.number());
        for (MoneyMovement other : balances.movementsOf(zero.id())) {
            if (!other.voided() && other.id() != m.id() && other.id() != pair.id()) {
                throw new StudioException(ErrorCode.MONEY_APPLIED, "document " + zero.number()
                        + " has money applied: un-apply it first", "document", zero.number(),
                        "movement", other.number());
            }
        }
        return zero;
    }

    /**
     * @return the permission editing or voiding a movement needs: what creating it needed (a write-off's credit
     *         transfer needs {@code WRITE_OFF}, either half of a deposit refund {@code REFUND})
     */
    public Permission permissionFor(MoneyMovement m) {
        if (m.pairId() != null) {
            return Permission.REFUND;
        }
        if (m.kind() == MovementKind.TRANSFER && m.documentId() != null
                && ctx.store().documents().find(m.documentId()).map(Document::writeOff).orElse(false)) {
            return Permission.WRITE_OFF;
        }
        return permissionFor(m.kind());
    }

    /** @return the permission creating or editing a movement of the kind needs */
    public static Permission permissionFor(MovementKind kind) {
        return kind == MovementKind.REFUND ? Permission.REFUND : Permission.RECEIVE_PAYMENT;
    }

    /** DEP-3: the unapplied deposits a payment on this document could use instead. */
    public List<MoneyMovement> offers(long documentId) {
        return balances.unappliedDeposits(document(documentId).clientId());
    }

    /** @return the movement, void or not ({@code NOT_FOUND} otherwise) */
    public MoneyMovement get(long id) {
        return ctx.store().movements().find(id).orElseThrow(() -> new StudioException(ErrorCode.NOT_FOUND,
                "no movement with id " + id, "movement", id));
    }

    /** @return the movement with a number ({@code NOT_FOUND} otherwise) */
    public MoneyMovement byNumber(long number) {
        return ctx.store().movements().findByNumber(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no movement number " + number, "movement", number));
    }

    private MoneyMovement insert(MovementKind kind, LocalDate date, Money amount, String method, String reference,
            Actor actor, String key, long clientId, Long documentId, Long targetId, Long sourceId, Long pairId) {
        MoneyMovement m = new MoneyMovement(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.MOVEMENT), kind, date,
                amount, method, reference, actor.name(), key, clientId, documentId, targetId, sourceId, pairId, false,
                LockState.UNPOSTED);
        ctx.store().movements().save(m);
        return m;
    }

    private void checkValues(LocalDate date, Money amount) {
        if (date == null || amount == null) {
            throw new StudioException(ErrorCode.VALIDATION, "a date and an amount are needed", "date", date,
                    "amount", amount);
        }
        Inputs.optionalDate(date, "date");
        checkAmount(amount);
        amount.requireCurrency(ctx.store().settings().currency());
    }

    /** MON-1, §12: an amount above zero and within {@link Money#MAX_RECORD_MINOR} ({@code VALIDATION}). */
    static void checkAmount(Money amount) {
        if (!amount.isPositive()) {
            throw new StudioException(ErrorCode.VALIDATION, "an amount must be above zero", "amount", amount);
        }
        if (!amount.withinRecordLimit()) {
            Money limit = Money.ofMinor(Money.MAX_RECORD_MINOR, amount.currency());
            throw new StudioException(ErrorCode.VALIDATION, "amount " + amount + " is over the limit of " + limit,
                    "amount", amount, "limit", limit);
        }
    }

    /** Refuses with {@code WRONG_DOCUMENT_TYPE} unless the document is an invoice (not an estimate or credit memo). */
    static void requireInvoice(Document doc, String what) {
        if (!doc.type().financial() || doc.isCreditMemo()) {
            throw new StudioException(ErrorCode.WRONG_DOCUMENT_TYPE, "no " + what + " on a document of type "
                    + doc.type(), "document", doc.number(), "type", doc.type());
        }
    }

    private void checkMethod(String method) {
        ctx.store().settings().paymentMethod(method);
    }

    private static void checkReference(String reference) {
        Inputs.text(reference, "reference");
    }

    private void checkDate(LocalDate date, Document doc) {
        if (date.isBefore(doc.date())) {
            throw new StudioException(ErrorCode.VALIDATION, "money is dated before document " + doc.number(),
                    "date", date, "documentDate", doc.date());
        }
    }

    private void checkDate(LocalDate date, MoneyMovement source) {
        if (date.isBefore(source.date())) {
            throw new StudioException(ErrorCode.VALIDATION, "dated before movement " + source.number(),
                    "date", date, "movementDate", source.date());
        }
    }

    private Document document(long id) {
        Document doc = invoices.get(id);
        if (doc.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "document " + doc.number() + " is void",
                    "document", doc.number());
        }
        return doc;
    }

    private MoneyMovement movement(long id) {
        return live(ctx.store().movements().find(id).orElseThrow(() -> new StudioException(ErrorCode.NOT_FOUND,
                "no movement with id " + id, "movement", id)));
    }

    /** DOC-12: a command acting on a void movement is refused with {@code NOT_FOUND} naming its number. */
    private static MoneyMovement live(MoneyMovement m) {
        if (m.voided()) {
            throw new StudioException(ErrorCode.NOT_FOUND, "movement " + m.number() + " is void", "movement",
                    m.number());
        }
        return m;
    }

    private MoneyMovement depositSource(long id) {
        MoneyMovement source = movement(id);
        if (!source.kind().depositSource()) {
            throw new StudioException(ErrorCode.VALIDATION, "movement " + source.number()
                    + " is not a deposit or an un-apply", "movement", source.number());
        }
        return source;
    }

    private static String fingerprint(Object target, LocalDate date, String method, Money amount) {
        return target + "|" + date + "|" + method + "|" + amount;
    }

    private Optional<Receipt> replay(String key, String command, Object target, LocalDate date, String method,
            Money amount) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<IdempotentResult> known = ctx.store().idempotent(key);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        IdempotentResult r = known.get();
        if (r.command().equals(command) && r.fingerprint().equals(fingerprint(target, date, method, amount))) {
            return Optional.of((Receipt) r.result());
        }
        throw new StudioException(ErrorCode.DUPLICATE_KEY, "idempotency key " + key + " was used for another command",
                "key", key);
    }

    private Receipt remember(String key, String command, String fingerprint, Receipt receipt) {
        if (key != null) {
            ctx.store().saveIdempotent(key, new IdempotentResult(command, fingerprint, receipt));
        }
        return receipt;
    }
}
