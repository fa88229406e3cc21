package org.studiokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("MON-1 Money.total sums exactly, in one currency, without overflow")
class MoneyTotalTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    @DisplayName("MON-1 the total of 0.10, 0.20 and -0.05 is exactly 0.25; no amounts total zero of the currency")
    void mon1_total_is_exact() {
        assertThat(Money.total(USD, Money.parse("0.10", USD), Money.parse("0.20", USD), Money.parse("-0.05", USD)))
                .isEqualTo(Money.parse("0.25", USD));
        assertThat(Money.total(EUR, List.of())).isEqualTo(Money.zero(EUR));
    }

    @Test
    @DisplayName("MON-1 a total over two currencies is refused with CURRENCY_MISMATCH")
    void mon1_total_refuses_other_currencies() {
        assertThatThrownBy(() -> Money.total(USD, Money.parse("1", USD), Money.parse("1", EUR)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
        assertThatThrownBy(() -> Money.total(USD, Money.parse("1", EUR)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
    }

    @Test
    @DisplayName("MON-1 a total past the range of minor units is refused with VALIDATION, never wrapped")
    void mon1_total_refuses_overflow() {
        Money big = Money.ofMinor(Long.MAX_VALUE - 1, USD);
        assertThatThrownBy(() -> Money.total(USD, big, Money.ofMinor(2, USD)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    @Test
    @DisplayName("MON-1 property: 2,000 seeded random lists total to the sum of their minor units")
    void mon1_total_matches_the_sum_of_minor_units() {
        long base = Long.getLong("studiokit.seed", 0x5EED_0004L);
        for (int i = 0; i < 2_000; i++) {
            long seed = base + i;
            SplittableRandom r = new SplittableRandom(seed);
            List<Money> amounts = new ArrayList<>();
            long expected = 0;
            for (int k = r.nextInt(20); k > 0; k--) {
                long minor = r.nextLong(-Money.MAX_RECORD_MINOR, Money.MAX_RECORD_MINOR + 1);
                amounts.add(Money.ofMinor(minor, USD));
                expected += minor;
            }
            assertThat(Money.total(USD, amounts).minor()).as("seed %d", seed).isEqualTo(expected);
        }
    }
}
