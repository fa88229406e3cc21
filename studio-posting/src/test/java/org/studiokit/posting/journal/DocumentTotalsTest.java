package org.studiokit.posting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;

@DisplayName("RPT-5 a batch's document totals held as parallel arrays read back as the map they were made from")
class DocumentTotalsTest {
    private static Totals totals(long minor) {
        Money m = Money.ofMinor(minor, java.util.Currency.getInstance("USD"));
        Totals zero = Totals.zero(Money.zero(m.currency()));
        return new Totals(m, zero.discount(), zero.shipping(), zero.tax(), m, Map.of(), Map.of(), java.util.List.of(),
                java.util.List.of(), zero.shippingNet());
    }

    @Test
    @DisplayName("RPT-5 insertion order, lookups, equality, hash code and text as a LinkedHashMap of the same entries")
    void behavesAsTheMap() {
        DocumentTotals.Builder b = new DocumentTotals.Builder(2);
        Map<Long, Totals> expected = new LinkedHashMap<>();
        for (long id = 1000; id > 0; id -= 7) {
            b.put(id * 31, totals(id));
            expected.put(id * 31, totals(id));
        }
        b.put(31L * 993, totals(5));
        expected.put(31L * 993, totals(5));
        DocumentTotals built = b.build();
        assertThat(built).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
        assertThat(built.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(built.size()).isEqualTo(expected.size());
        for (int i = 0; i < built.size(); i++) {
            assertThat(built.totals(i)).isSameAs(built.get(built.id(i)));
        }
        assertThat(built.get(31L * 993)).isEqualTo(totals(5));
        assertThat(built.get(32L)).isNull();
        assertThat(built.get("31")).isNull();
        assertThat(built.containsKey(31L * 1000)).isTrue();
        assertThat(built.containsKey(1000)).as("an Integer key is not a Long key").isFalse();
    }

    @Test
    @DisplayName("RPT-5 a copy of any map keeps its order; a copy of these totals is the same object; none can change")
    void copiesAndImmutability() {
        Map<Long, Totals> source = new LinkedHashMap<>();
        source.put(9L, totals(1));
        source.put(3L, totals(2));
        DocumentTotals copy = DocumentTotals.copyOf(source);
        assertThat(copy.keySet()).containsExactly(9L, 3L);
        assertThat(DocumentTotals.copyOf(copy)).isSameAs(copy);
        assertThat(DocumentTotals.copyOf(Map.of())).isEmpty();
        source.put(4L, totals(3));
        assertThat(copy).hasSize(2);
        assertThatThrownBy(() -> copy.put(5L, totals(4))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove(9L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
