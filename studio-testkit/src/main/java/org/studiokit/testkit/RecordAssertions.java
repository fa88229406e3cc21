package org.studiokit.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.studiokit.core.Identified;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;
import org.studiokit.core.settings.StudioSettings;

/**
 * AssertJ assertions on the shape of a studio's records (voids, estimates, signs, dates, numbering, production
 * history, audit chain), recomputed from the raw records; the money invariants are in {@link LedgerAssertions}, whose
 * {@link LedgerAssertions#isConsistent()} runs these too.
 *
 * <pre>{@code
 * RecordAssertions.assertThatRecords(studio).isConsistent();
 * }</pre>
 */
public final class RecordAssertions extends AbstractAssert<RecordAssertions, Studio> {

    private RecordAssertions(Studio studio) {
        super(studio, RecordAssertions.class);
    }

    /** @return assertions on the shape of a studio's records */
    public static RecordAssertions assertThatRecords(Studio studio) {
        return new RecordAssertions(studio);
    }

    /**
     * Every record invariant: {@link #voidRecordsAreZero()}, {@link #voidDocumentsHoldNoMoney()},
     * {@link #estimatesHoldNoMoney()}, {@link #documentSignsFollowTheirType()}, {@link #moneyIsDatedAfterItsRecords()},
     * {@link #numbersAreGapless()}, {@link #productionOrdersFollowTheirHistory()} and {@link #auditChainVerifies()}.
     */
    public RecordAssertions isConsistent() {
        return voidRecordsAreZero().voidDocumentsHoldNoMoney().estimatesHoldNoMoney().documentSignsFollowTheirType()
                .moneyIsDatedAfterItsRecords().numbersAreGapless().productionOrdersFollowTheirHistory()
                .auditChainVerifies();
    }

    /** DOC-12: a void document's amounts and a void movement's amount are zero. */
    public RecordAssertions voidRecordsAreZero() {
        isNotNull();
        for (Document doc : actual.records().documents().all()) {
            if (doc.voided() && (!doc.total().isZero() || !doc.totals().subtotal().isZero()
                    || !doc.totals().tax().isZero())) {
                failWithMessage("DOC-12 void document %s still has amounts: %s", doc.number(), doc.totals());
            }
        }
        for (MoneyMovement m : actual.records().movements().all()) {
            if (m.voided() && !m.amount().isZero()) {
                failWithMessage("DOC-12 void movement %s still has amount %s", m.number(), m.amount());
            }
            if (!m.voided() && !m.amount().isPositive()) {
                failWithMessage("§5 live movement %s has amount %s, not above zero", m.number(), m.amount());
            }
        }
        return this;
    }

    /**
     * DOC-12: a void document holds no money: the only live movements left on it are payments and applications that
     * were un-applied, and their un-applies; its production orders are void too.
     */
    public RecordAssertions voidDocumentsHoldNoMoney() {
        isNotNull();
        List<MoneyMovement> all = actual.records().movements().all();
        java.util.Set<Long> unapplied = new java.util.HashSet<>();
        for (MoneyMovement m : all) {
            if (m.kind() == MovementKind.UNAPPLY && !m.voided() && m.sourceId() != null) {
                unapplied.add(m.sourceId());
            }
        }
        for (Document doc : actual.records().documents().all()) {
            if (!doc.voided()) {
                continue;
            }
            for (MoneyMovement m : all) {
                boolean touches = Objects.equals(m.documentId(), doc.id()) || Objects.equals(m.targetId(), doc.id());
                boolean takenOff = m.kind() == MovementKind.UNAPPLY
                        || (m.kind() == MovementKind.PAYMENT || m.kind() == MovementKind.APPLICATION)
                        && unapplied.contains(m.id());
                if (touches && !m.voided() && !takenOff) {
                    failWithMessage("DOC-12 void document %s still has %s %s applied", doc.number(), m.kind(),
                            m.number());
                }
            }
            for (var order : actual.records().orders().by("document", doc.id())) {
                if (!order.voided()) {
                    failWithMessage("DOC-12 production order %s of void document %s is not void", order.number(),
                            doc.number());
                }
            }
        }
        return this;
    }

    /** DOC-1: an estimate has no financial effect: no live money movement touches it. */
    public RecordAssertions estimatesHoldNoMoney() {
        isNotNull();
        java.util.Set<Long> estimates = new java.util.HashSet<>();
        actual.records().documents().all().stream().filter(d -> d.type() == DocumentType.ESTIMATE)
                .forEach(d -> estimates.add(d.id()));
        for (MoneyMovement m : actual.records().movements().all()) {
            if (!m.voided() && (estimates.contains(m.documentId()) || estimates.contains(m.targetId()))) {
                failWithMessage("DOC-1 %s %s touches an estimate", m.kind(), m.number());
            }
        }
        return this;
    }

    /**
     * DOC-3, DOC-7: a credit memo's quantities, subtotal and total are never positive; every other document's are
     * never negative.
     */
    public RecordAssertions documentSignsFollowTheirType() {
        isNotNull();
        for (Document doc : actual.records().documents().all()) {
            int sign = doc.isCreditMemo() ? -1 : 1;
            boolean wrong = doc.total().signum() * sign < 0 || doc.totals().subtotal().signum() * sign < 0
                    || doc.lines().stream().anyMatch(l -> Long.signum(l.quantity()) * sign < 0);
            if (wrong) {
                failWithMessage("DOC-7 %s %s has amounts of the wrong sign: %s", doc.type(), doc.number(),
                        doc.totals());
            }
        }
        return this;
    }

    /**
     * DOC-14: every live money movement is dated on or after the documents it touches, and an application, un-apply
     * or deposit refund on or after the movement it draws on.
     */
    public RecordAssertions moneyIsDatedAfterItsRecords() {
        isNotNull();
        Map<Long, Document> docs = new HashMap<>();
        actual.records().documents().all().forEach(d -> docs.put(d.id(), d));
        List<MoneyMovement> all = actual.records().movements().all();
        Map<Long, MoneyMovement> byId = LedgerAssertions.byId(all);
        for (MoneyMovement m : all) {
            if (m.voided()) {
                continue;
            }
            for (Long id : new Long[] {m.documentId(), m.targetId()}) {
                Document d = id == null ? null : docs.get(id);
                if (d != null && !d.voided() && m.date().isBefore(d.date())) {
                    failWithMessage("DOC-14 %s %s dated %s is before document %s dated %s", m.kind(), m.number(),
                            m.date(), d.number(), d.date());
                }
            }
            MoneyMovement source = m.sourceId() == null ? null : byId.get(m.sourceId());
            if (source != null && !source.voided() && m.date().isBefore(source.date())) {
                failWithMessage("DOC-14 %s %s dated %s is before %s %s dated %s that it draws on", m.kind(),
                        m.number(), m.date(), source.kind(), source.number(), source.date());
            }
        }
        return this;
    }

    /**
     * PRD-3, PRD-4: every production order's status is the last "to" of its history, each change starts where the
     * previous ended, and an order is held (has a held-at status) exactly when its status is a hold.
     */
    public RecordAssertions productionOrdersFollowTheirHistory() {
        isNotNull();
        for (var order : actual.records().orders().all()) {
            var history = order.history();
            if (history.isEmpty() || history.get(0).from() != null) {
                failWithMessage("PRD-4 order %s history does not start with its creation: %s", order.number(),
                        history);
                continue;
            }
            for (int i = 1; i < history.size(); i++) {
                if (!Objects.equals(history.get(i).from(), history.get(i - 1).to())) {
                    failWithMessage("PRD-4 order %s history is broken at change %s: %s", order.number(), i + 1,
                            history);
                }
            }
            if (!history.get(history.size() - 1).to().equals(order.status())) {
                failWithMessage("PRD-4 order %s is %s but its history ends at %s", order.number(), order.status(),
                        history.get(history.size() - 1).to());
            }
            var type = actual.settings().orderTypes().get(order.type());
            if (type != null && type.isHold(order.status()) != (order.heldAt() != null)) {
                failWithMessage("PRD-3 order %s is %s with held-at status %s", order.number(), order.status(),
                        order.heldAt());
            }
        }
        return this;
    }

    /** AUD-1: the audit log's hash chain verifies. */
    public RecordAssertions auditChainVerifies() {
        isNotNull();
        var v = actual.audit().verify();
        if (!v.valid()) {
            failWithMessage("AUD-1 the audit chain breaks at entry %s of %s", v.firstBroken(), v.entries());
        }
        return this;
    }

    /**
     * DOC-2, PST-3, PTY-1: documents are numbered from the studio's first document number, money movements from the
     * first movement number, clients (other than Quick Sale) from the first client number, without gaps.
     */
    public RecordAssertions numbersAreGapless() {
        isNotNull();
        StudioSettings s = actual.settings();
        gapless("DOC-2 documents", actual.records().documents().all(), s.numbering().invoice());
        gapless("PST-3 money movements", actual.records().movements().all(), s.numbering().movement());
        gapless("PTY-1 clients", actual.records().clients().all().stream().filter(c -> !c.quickSale()).toList(),
                s.numbering().client());
        return this;
    }

    private void gapless(String what, List<? extends Identified> records, long first) {
        long[] numbers = records.stream().mapToLong(Identified::number).sorted().toArray();
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] != first + i) {
                failWithMessage("%s are not numbered %s..%s without gaps: %s", what, first, first + numbers.length - 1,
                        java.util.Arrays.toString(numbers));
            }
        }
    }
}
