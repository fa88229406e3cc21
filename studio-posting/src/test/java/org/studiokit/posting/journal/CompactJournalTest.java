package org.studiokit.posting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.money.Money;

@DisplayName("PST-3 journal entries and bookings held compactly read back as the values they were made from")
class CompactJournalTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static JournalLine line(String account, long client, String name, long minor) {
        return new JournalLine(account, client, name, Money.ofMinor(minor, USD));
    }

    @Test
    @DisplayName("PST-3 an entry gives back its lines, label, memo and record exactly as given")
    void entryRoundTrips() {
        List<JournalLine> lines = List.of(line("Accounts Receivable", 1, "Zoë", 1_570),
                line("Print Sales", 0, null, -1_490), line("Sales Tax Payable", 0, null, -80));
        for (String label : new String[] {"invoice 1001", "credit memo 7", "payment 0", "invoice 007", "Invoice 5",
            "transfer 12a", "deposit ", "refund 99999999999999999999", "my own label"}) {
            for (String memo : new String[] {label, "customer deposits to A/R for " + label, "a memo of its own"}) {
                JournalEntry e = new JournalEntry(3, DAY, EntryKind.DOCUMENT, RecordRef.document(9), label, memo,
                        lines, 2);
                assertThat(e.recordLabel()).isEqualTo(label);
                assertThat(e.memo()).isEqualTo(memo);
                assertThat(e.lines()).containsExactlyElementsOf(lines);
                assertThat(e.record()).isEqualTo(RecordRef.document(9));
                assertThat(List.of(e.sequence(), e.date(), e.kind(), e.originalBatch()))
                        .containsExactly(3, DAY, EntryKind.DOCUMENT, 2L);
                assertThat(e.debits(Money.zero(USD))).isEqualTo(Money.ofMinor(1_570, USD));
                assertThat(e).isEqualTo(new JournalEntry(3, DAY, EntryKind.DOCUMENT, RecordRef.document(9), label,
                        memo, new ArrayList<>(lines), 2)).hasSameHashCodeAs(new JournalEntry(3, DAY,
                        EntryKind.DOCUMENT, RecordRef.document(9), label, memo, lines, 2));
            }
        }
    }

    @Test
    @DisplayName("PST-3 entries that differ in any part are not equal")
    void entriesDiffer() {
        List<JournalLine> lines = List.of(line("Cash", 0, null, 500), line("Accounts Receivable", 1, "Zoë", -500));
        JournalEntry e = new JournalEntry(1, DAY, EntryKind.MOVEMENT, RecordRef.movement(4), "payment 3",
                "payment 3", lines, 0);
        assertThat(e).isNotEqualTo(new JournalEntry(1, DAY, EntryKind.MOVEMENT, RecordRef.movement(4), "payment 4",
                "payment 3", lines, 0));
        assertThat(e).isNotEqualTo(new JournalEntry(1, DAY, EntryKind.MOVEMENT, RecordRef.movement(4), "payment 3",
                "payment 3", List.of(line("Cash", 0, null, 501), line("Accounts Receivable", 1, "Zoë", -501)), 0));
        assertThat(e.toString()).contains("recordLabel=payment 3", "memo=payment 3", "Cash");
    }

    @Test
    @DisplayName("PST-3 an unbalanced entry or one in two currencies is refused")
    void refusesBadLines() {
        assertThatThrownBy(() -> new JournalEntry(1, DAY, EntryKind.DOCUMENT, RecordRef.document(1), "invoice 1",
                "invoice 1", List.of(line("Cash", 0, null, 5), line("Sales", 0, null, -4)), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unbalanced journal entry for invoice 1");
        assertThatThrownBy(() -> new JournalEntry(1, DAY, EntryKind.DOCUMENT, RecordRef.document(1), "invoice 1",
                "invoice 1", List.of(line("Cash", 0, null, 5), new JournalLine("Sales", 0, null,
                        Money.ofMinor(-5, EUR))), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PST-3 a run's entry writes a booking's non-zero amounts, debits first, each side in booking order")
    void entryFromBooking() {
        Booking b = new Booking().add("Sales", 0, -1_000).add("Accounts Receivable", 1, 1_100).add("Tax", 0, -100)
                .add("Discounts", 0, 50).add("Sales", 0, -50).add("Shipping", 0, 7).add("Shipping", 0, -7);
        LinePlaces places = new LinePlaces(id -> id == 0 ? null : "Client " + id);
        JournalEntry e = JournalEntry.of(1, DAY, EntryKind.DOCUMENT, RecordRef.document(1), "invoice 1", b,
                places, USD, 0);
        assertThat(e.lines()).containsExactly(line("Accounts Receivable", 1, "Client 1", 1_100),
                line("Discounts", 0, null, 50), line("Sales", 0, null, -1_050), line("Tax", 0, null, -100));
        assertThat(e.memo()).isEqualTo("invoice 1");
        assertThat(JournalEntry.of(2, DAY, EntryKind.DEPOSITS_TO_AR, RecordRef.document(1), "invoice 1", b, places,
                USD, 0).memo()).isEqualTo("customer deposits to A/R for invoice 1");
        assertThat(JournalEntry.of(2, DAY, EntryKind.DOCUMENT, RecordRef.document(1), "invoice 1",
                new Booking().add("Cash", 0, 5).add("Cash", 0, -5), places, USD, 0)).isNull();
        assertThat(places.place("Sales", 0)).isSameAs(places.place("Sales", 0));
    }

    @Test
    @DisplayName("LCK-2 a booking nets per account and client in first-seen order and keeps zeroed keys' places")
    void bookingNets() {
        Booking b = new Booking().add("A", 1, 5).add("B", 0, -5).add("A", 2, 3).add("A", 1, -5).add("B", 0, 0);
        assertThat(b.amounts()).containsExactly(Map.entry(new LineKey("B", 0), -5L),
                Map.entry(new LineKey("A", 2), 3L));
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.isZero()).isFalse();
        Booking copy = b.copy();
        copy.add("A", 1, 9);
        assertThat(b.amounts()).doesNotContainKey(new LineKey("A", 1));
        assertThat(copy.amounts().keySet()).containsExactly(new LineKey("A", 1), new LineKey("B", 0),
                new LineKey("A", 2));
        Booking diff = copy.minus(b);
        assertThat(diff.amounts()).containsExactly(Map.entry(new LineKey("A", 1), 9L));
        assertThat(b.minus(b).isZero()).isTrue();
        assertThat(new Booking().add("X", 0, 1).add("Y", 0, 2)).isEqualTo(new Booking().add("Y", 0, 2)
                .add("X", 0, 1).add("Z", 0, 0)).hasSameHashCodeAs(new Booking().add("Y", 0, 2).add("X", 0, 1));
    }

    @Test
    @DisplayName("PST-3 line places: one per account and client, equal account names share it, a name asked once")
    void placesShared() {
        List<Long> asked = new ArrayList<>();
        LinePlaces places = new LinePlaces(id -> {
            asked.add(id);
            return id == 0 ? null : "Client " + id;
        });
        LinePlaces.Place ar = places.place("Accounts Receivable", 7);
        assertThat(places.place(new String("Accounts Receivable"), 7)).isSameAs(ar);
        assertThat(places.place("Customer Deposits", 7)).isNotSameAs(ar)
                .isEqualTo(new LinePlaces.Place("Customer Deposits", 7, "Client 7"));
        assertThat(places.place("Accounts Receivable", 8).client()).isEqualTo("Client 8");
        assertThat(places.place("Sales", 0)).isSameAs(places.place("Sales", 0)).isNotSameAs(places.place("Tax", 0));
        assertThat(places.place("Tax", 0).client()).isNull();
        assertThat(asked).containsExactly(7L, 8L, 0L);
    }

    @Test
    @DisplayName("LCK-2 a booking made with room for its keys books as one that grows")
    void bookingWithRoom() {
        Booking grown = new Booking();
        Booking roomy = new Booking(2);
        for (int i = 0; i < 6; i++) {
            grown.add("A" + i % 4, i, i + 1L);
            roomy.add("A" + i % 4, i, i + 1L);
        }
        assertThat(roomy.amounts()).isEqualTo(grown.amounts());
        assertThat(List.copyOf(roomy.amounts().keySet())).isEqualTo(List.copyOf(grown.amounts().keySet()));
        assertThat(new Booking(3).isZero()).isTrue();
        assertThat(new Booking(3).size()).isZero();
    }
}
