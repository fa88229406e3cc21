package org.studiokit.examples.demo;

import static org.studiokit.examples.demo.DemoStudio.march;
import static org.studiokit.examples.demo.DemoStudio.usd;

import java.util.List;
import org.studiokit.core.StudioException;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.Receipt;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.ScanResult;
import org.studiokit.barcode.batch.BatchSummary;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.core.movement.Refund;
import org.studiokit.core.movement.WriteOff;

/**
 * March 18–31: a scanner batch at the lab counter, posting runs, a write-off, a posted payment corrected by unlock,
 * edit and adjustment, a refused clerk, the period close and a refused back-dated entry.
 */
final class LateMarch {
    private final DemoStudio s;
    private final DemoRecords r;

    LateMarch(DemoStudio s, DemoRecords r) {
        this.s = s;
        this.r = r;
    }

    void tell() {
        s.say.heading("Late March: scanning, posting, corrections and the close");
        scanning();
        firstPosting();
        writeOff();
        correction();
        weddingPayment();
        refusals();
        monthEnd();
    }

    private void scanning() {
        long lab = s.studio.production().get(r.janeLabOrder).number();
        long desk = s.studio.production().get(r.janeWorkOrder).number();
        long tom = s.studio.production().get(r.tomLabOrder).number();
        List<String> codes = List.of("]C0P" + lab, "p" + desk, "P" + lab, "I" + s.doc(r.janeOrder), "P999",
                "P" + tom, "X-12");
        BatchSummary batch = new BatchStatusUpdate(s.studio.production()).run(s.clerk, BatchMode.ADVANCE, codes);
        s.say.say(march(18), "Kim scans the lab box and the retouching folder (advance mode): "
                + Words.count(batch.updated(), "order") + " moved, " + Words.count(batch.errors(), "scan")
                + " refused.");
        TextTable t = new TextTable("Scan", "Result", "From", "To");
        for (ScanResult o : batch.results()) {
            t.row(o.code(), o.ok() ? "moved" : o.error().name(), o.from(), o.to());
        }
        s.say.table("Scanner batch, March 18", t);
    }

    private void firstPosting() {
        PostingBatch batch = s.books.post(s.manager, PostingRequest.through(march(20))).orElseThrow();
        s.say.say(march(20), "Marcus posts through March 20: batch " + batch.number() + " books "
                + Words.count(batch.documents().size(), "document") + " and "
                + Words.count(batch.movements().size(), "money movement") + ";"
                + " debits " + batch.debits() + " = credits " + batch.credits() + ".");
    }

    private void writeOff() {
        Receipt off = s.studio.money().writeOff(s.owner, WriteOff.of(r.brownInvoice, usd("45.30")).on(march(23)));
        s.say.say(march(23), "Mark Brown will not pay all of his February canvas: Olivia writes off 45.30 to Bad"
                + " Debt (credit memo " + off.document().number() + "); " + off.targetBalance() + " is still due.");
    }

    private void correction() {
        try {
            s.studio.money().edit(s.clerk, r.janeFeePayment, null, null, usd("60.00"));
        } catch (StudioException e) {
            s.say.say(march(24), "Jane's March 2 check was really 60.00, but Kim cannot change a posted payment: "
                    + e.code() + ".");
        }
        s.books.unlock(s.manager, RecordRef.movement(r.janeFeePayment), "check 1042 was 60.00, keyed as 50.00");
        s.studio.money().edit(s.manager, r.janeFeePayment, null, null, usd("60.00"));
        s.say.say(march(24), "Marcus unlocks the payment, states why, and corrects it to 60.00; Jane's session fee"
                + " now shows " + s.balance(r.janeFee) + " due. The next posting run books the difference.");
    }

    private void weddingPayment() {
        Receipt paid = s.studio.money().pay(s.clerk, Pay.of(r.weddingInvoice, usd("1363.50")).method("Check")
                .on(march(25)).reference("check 2207"));
        s.say.say(march(25), "Emma & Noah pay " + paid.movement().amount() + " by check; " + paid.balance()
                + " is due after the wedding.");
    }

    private void refusals() {
        try {
            s.studio.money().refund(s.clerk, Refund.of(r.weddingInvoice, usd("20.00")).method("Cash").on(march(27)));
        } catch (StudioException e) {
            s.say.say(march(27), "Kim tries to hand out a 20.00 cash refund: refused, " + e.code() + " ("
                    + e.getMessage() + ").");
        }
    }

    private void monthEnd() {
        PostingBatch batch = s.books.post(s.manager, PostingRequest.through(march(31))).orElseThrow();
        s.say.say(march(31), "Marcus posts through March 31: batch " + batch.number() + " books the adjustment of "
                + Words.count(batch.adjusted().size(), "corrected record") + " first, then "
                + Words.count(batch.documents().size(), "document") + " and "
                + Words.count(batch.movements().size(), "money movement") + ".");
        s.books.closePeriod(s.owner, march(31));
        s.say.say(march(31), "Olivia closes March: nothing dated on or before March 31 can change any more.");
        try {
            s.studio.money().pay(s.clerk, Pay.of(r.weddingInvoice, usd("10.00")).method("Cash").on(march(30)));
        } catch (StudioException e) {
            s.say.say(march(31), "A late cash payment dated March 30 is refused: " + e.code() + ".");
        }
    }
}
