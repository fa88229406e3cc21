package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.Candidate;
import org.studiokit.posting.policy.Decision;
import org.studiokit.posting.policy.Host;
import org.studiokit.posting.policy.PostingPolicy;
import org.studiokit.posting.policy.WhenCreated;
import org.studiokit.posting.policy.WhenPaidInFull;
import org.studiokit.posting.policy.WhenPaidInFullAndDelivered;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PreviewItem;

/** PST-2 and PST-3: each posting policy decides eligibility and the posting-entry date in one place. */
class PostingPolicyTest {
    private static final LocalDate CUT_OFF = d("2026-03-31");

    private record Facts(Document document, LocalDate cutOff, Money postedBalance, boolean transfersSettled)
            implements Candidate {
    }

    @Test
    @DisplayName("PST-2 the setting picks the policy; CUSTOM needs the host's predicate")
    void policyOfTheSetting() {
        assertThat(PostingPolicy.of(PostingPolicyKind.WHEN_CREATED, null)).isInstanceOf(WhenCreated.class);
        assertThat(PostingPolicy.of(PostingPolicyKind.WHEN_PAID_IN_FULL, null)).isInstanceOf(WhenPaidInFull.class);
        assertThat(PostingPolicy.of(PostingPolicyKind.WHEN_PAID_IN_FULL_AND_DELIVERED, null))
                .isInstanceOf(WhenPaidInFullAndDelivered.class);
        assertThat(PostingPolicy.of(PostingPolicyKind.CUSTOM, (doc, cutOff, bal) -> true)).isInstanceOf(Host.class);
        assertThatThrownBy(() -> PostingPolicy.of(PostingPolicyKind.CUSTOM, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("PST-2 PST-3 accrual and host policies date a document's entry with the document, paid-in-full ones with the cut-off")
    void entryDates() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_CREATED);
        Document inv = f.invoice(f.client("Jane Doe"), "2026-03-02", "Print", "100.00");
        assertThat(new WhenCreated().entryDate(inv, CUT_OFF)).isEqualTo(d("2026-03-02"));
        assertThat(new Host((doc, cutOff, bal) -> true).entryDate(inv, CUT_OFF)).isEqualTo(d("2026-03-02"));
        assertThat(new WhenPaidInFull().entryDate(inv, CUT_OFF)).isEqualTo(CUT_OFF);
        assertThat(new WhenPaidInFullAndDelivered().entryDate(inv, CUT_OFF)).isEqualTo(CUT_OFF);
    }

    @Test
    @DisplayName("PST-2 paid in full: an invoice at a posted balance ≤ 0; a credit memo at 0 with its transfers settled")
    void paidInFull() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-03"), true, null, "cancelled");
        PostingPolicy p = new WhenPaidInFull();
        assertThat(p.decide(new Facts(inv, CUT_OFF, f.usd("0.01"), true)))
                .isEqualTo(Decision.waits("not paid in full"));
        assertThat(p.decide(new Facts(inv, CUT_OFF, f.usd("0.00"), true))).isEqualTo(Decision.post());
        assertThat(p.decide(new Facts(inv, CUT_OFF, f.usd("-5.00"), true))).isEqualTo(Decision.post());
        assertThat(p.decide(new Facts(memo, CUT_OFF, f.usd("0.00"), true))).isEqualTo(Decision.post());
        assertThat(p.decide(new Facts(memo, CUT_OFF, f.usd("0.00"), false)).posts()).isFalse();
        assertThat(p.decide(new Facts(memo, CUT_OFF, f.usd("-1.00"), true)).reason())
                .startsWith("credit memo not settled");
        assertThat(new WhenCreated().decide(new Facts(inv, CUT_OFF, f.usd("100.00"), false))).isEqualTo(Decision.post());
    }

    @Test
    @DisplayName("PST-2 paid in full and delivered: an invoice also needs a delivered date on or before the cut-off; credit memos as paid in full")
    void paidInFullAndDelivered() {
        Fixture f = Fixture.of(PostingPolicyKind.WHEN_PAID_IN_FULL_AND_DELIVERED);
        Client jane = f.client("Jane Doe");
        Document inv = f.invoice(jane, "2026-03-02", "Print", "100.00");
        Document memo = f.studio.invoices().creditMemo(OWNER, inv.id(), d("2026-03-03"), true, null, "cancelled");
        PostingPolicy p = new WhenPaidInFullAndDelivered();
        Decision waits = Decision.waits("not paid in full and delivered");
        assertThat(p.decide(new Facts(inv, CUT_OFF, f.usd("0.00"), true))).isEqualTo(waits);
        Document late = f.studio.invoices().markDelivered(OWNER, inv.id(), d("2026-04-01"));
        assertThat(p.decide(new Facts(late, CUT_OFF, f.usd("0.00"), true))).isEqualTo(waits);
        Document delivered = f.studio.invoices().markDelivered(OWNER, inv.id(), CUT_OFF);
        assertThat(p.decide(new Facts(delivered, CUT_OFF, f.usd("0.00"), true))).isEqualTo(Decision.post());
        assertThat(p.decide(new Facts(delivered, CUT_OFF, f.usd("0.01"), true))).isEqualTo(waits);
        assertThat(p.decide(new Facts(memo, CUT_OFF, f.usd("0.00"), true))).isEqualTo(Decision.post());
    }

    @Test
    @DisplayName("PST-2 withHostPredicate returns new books; the original books keep their predicate")
    void withHostPredicateDoesNotMutate() {
        Fixture f = Fixture.of(PostingPolicyKind.CUSTOM);
        Document inv = f.invoice(f.client("Jane Doe"), "2026-03-02", "Print", "100.00");
        Books never = f.books.withHostPredicate((doc, cutOff, bal) -> false);
        assertThat(never).isNotSameAs(f.books);
        PostingRequest march = PostingRequest.through(CUT_OFF);
        assertThat(never.preview(march)).singleElement().isEqualTo(new PreviewItem(RecordRef.document(inv.id()),
                "invoice 1001", false, "the host's posting rule says not yet"));
        assertThat(f.books.preview(march)).singleElement().satisfies(p -> assertThat(p.eligible()).isTrue());
        assertThat(never.post(OWNER, march)).isEmpty();
        assertThat(f.books.post(OWNER, march)).hasValueSatisfying(b -> assertThat(b.documents())
                .containsExactly(inv.id()));
    }

    @Test
    @DisplayName("PST-2 LCK-3 a host predicate posts nothing into a closed period: its entry would be dated there")
    void hostPostsNothingIntoAClosedPeriod() {
        Fixture f = Fixture.of(PostingPolicyKind.CUSTOM);
        AtomicBoolean yes = new AtomicBoolean(false);
        Books books = f.books.withHostPredicate((doc, cutOff, bal) -> yes.get());
        Document inv = f.invoice(f.client("Jane Doe"), "2026-03-02", "Print", "100.00");
        books.closePeriod(OWNER, CUT_OFF);
        yes.set(true);
        List<PreviewItem> preview = books.preview(PostingRequest.through(d("2026-04-30")));
        assertThat(preview).singleElement().isEqualTo(new PreviewItem(RecordRef.document(inv.id()), "invoice 1001",
                false, "dated in a closed period"));
        assertThat(books.post(OWNER, PostingRequest.through(d("2026-04-30")))).isEmpty();
    }
}
