package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.LockState;
import org.studiokit.core.money.Money;
import org.studiokit.core.settings.StudioSettings;

/** DOC-1 a document is what it is, what it says (content) and what happened to it (state): each copy changes one. */
class DocumentPartsTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Document invoice() {
        List<Line> lines = List.of(Line.of("Print", 2, Money.parse("10.00", USD)));
        Totals totals = Pricing.price(lines, null, Money.zero(USD), List.of(), StudioSettings.defaults("USD"));
        return new Document(1, 1001, DocumentType.GENERIC, 7, null, null, null, false, false, "owner",
                new DocumentContent(DAY, lines, null, Money.zero(USD), List.of(), totals), DocumentState.ISSUED);
    }

    @Test
    @DisplayName("DOC-1 a new document reads its content and state through its own accessors")
    void doc1_accessors_read_the_parts() {
        Document d = invoice();
        assertThat(d.date()).isEqualTo(DAY);
        assertThat(d.total()).isEqualTo(Money.parse("20.00", USD));
        assertThat(d.lines()).hasSize(1);
        assertThat(d.lock()).isEqualTo(LockState.UNPOSTED);
        assertThat(d.voided()).isFalse();
        assertThat(d.delivered()).isNull();
    }

    @Test
    @DisplayName("LCK-1 PST-2 a lock or delivery copy keeps the content as it was, and an edit keeps the state")
    void copies_change_one_part() {
        Document d = invoice();
        Document locked = d.withLock(new LockState(3, false, null, null)).withDelivered(DAY.plusDays(1));
        assertThat(locked.content()).isSameAs(d.content());
        assertThat(locked.lock().batch()).isEqualTo(3);
        assertThat(locked.delivered()).isEqualTo(DAY.plusDays(1));
        Document edited = locked.withContent(DAY.plusDays(2), List.of(), null, Money.zero(USD), List.of(),
                Totals.zero(Money.zero(USD)));
        assertThat(edited.state()).isSameAs(locked.state());
        assertThat(edited.date()).isEqualTo(DAY.plusDays(2));
        assertThat(edited.number()).isEqualTo(d.number());
    }

    @Test
    @DisplayName("DOC-12 a void copy keeps its number, lines and date, its amounts are zero and it is marked void")
    void doc12_void_copy() {
        Document d = invoice();
        Document v = d.asVoid(Totals.zero(Money.zero(USD)));
        assertThat(v.voided()).isTrue();
        assertThat(v.total().isZero()).isTrue();
        assertThat(v.number()).isEqualTo(d.number());
        assertThat(v.lines()).isEqualTo(d.lines());
        assertThat(v.date()).isEqualTo(d.date());
        assertThat(v.lock()).isEqualTo(d.lock());
    }
}
