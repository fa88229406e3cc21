package org.studiokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("MON-1..3 money is exact, rounds explicitly and allocates by largest remainder")
class MoneyTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    private static Money usd(long cents) {
        return Money.ofMinor(cents, USD);
    }

    private static List<Long> minors(List<Money> parts) {
        return parts.stream().map(Money::minor).toList();
    }

    @Nested
    @DisplayName("MON-1 parsing is strict")
    class Parsing {
        @ParameterizedTest(name = "MON-1 \"{0}\" parses to {1} cents")
        @CsvSource({"150.00,15000", "-5,-500", "+2.5,250", "0.1,10", "0,0", "-0.01,-1", "999999999999999,99999999999999900"})
        void mon1_plain_decimals_parse_to_exact_minor_units(String text, long minor) {
            assertThat(Money.parse(text, USD)).isEqualTo(usd(minor));
        }

        @ParameterizedTest(name = "MON-1 \"{0}\" is refused with VALIDATION")
        @ValueSource(strings = {"1.005", "0.001", "1e3", "1E-2", "1.5e2", "1,000.00", "1 000", " 1.00", "1.00 ",
            "abc", "", "1.", ".5", "--1", "+-1", "0x10", "NaN", "Infinity", "12$", "\u0661\u0662", "1234567890123456",
            "1_000"})
        void mon1_garbage_exponents_and_extra_decimals_are_refused(String text) {
            assertThatThrownBy(() -> Money.parse(text, USD)).isInstanceOf(StudioException.class)
                    .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
        }

        @Test
        @DisplayName("MON-1 null is refused with VALIDATION")
        void mon1_null_text_is_refused() {
            assertThatThrownBy(() -> Money.parse(null, USD)).isInstanceOf(StudioException.class)
                    .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
        }

        @Test
        @DisplayName("MON-1 the currency decides how many decimals are allowed (JPY 0, USD 2, BHD 3)")
        void mon1_decimals_follow_the_currency() {
            assertThat(Money.parse("100", JPY).minor()).isEqualTo(100);
            assertThatThrownBy(() -> Money.parse("100.0", JPY)).isInstanceOf(StudioException.class);
            assertThat(Money.parse("1.234", BHD).minor()).isEqualTo(1234);
            assertThatThrownBy(() -> Money.parse("1.2345", BHD)).isInstanceOf(StudioException.class);
            assertThat(Money.parse("1.2", BHD).toString()).isEqualTo("1.200");
            assertThat(Money.parse("-12.5", USD).toString()).isEqualTo("-12.50");
        }

        @Test
        @DisplayName("MON-1 arithmetic across currencies is refused with CURRENCY_MISMATCH")
        void mon1_currency_mismatch() {
            assertThatThrownBy(() -> usd(1).plus(Money.ofMinor(1, JPY))).isInstanceOf(StudioException.class)
                    .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        }
    }

    @Nested
    @DisplayName("MON-2 rounding is explicit: HALF_UP by default, HALF_EVEN on request")
    class Rounding {
        @ParameterizedTest(name = "MON-2 {0} rounds to {1} (HALF_UP) and {2} (HALF_EVEN)")
        @CsvSource({"0.125,13,12", "0.135,14,14", "0.115,12,12", "-0.125,-13,-12", "0.1249,12,12", "0.1251,13,13",
            "2.5,250,250", "0.005,1,0", "0.015,2,2", "-0.005,-1,0"})
        void mon2_rounding_of_decimals(String value, long halfUp, long halfEven) {
            assertThat(Money.of(new BigDecimal(value), USD, RoundingMode.HALF_UP).minor()).isEqualTo(halfUp);
            assertThat(Money.of(new BigDecimal(value), USD, RoundingMode.HALF_EVEN).minor()).isEqualTo(halfEven);
        }

        @Test
        @DisplayName("MON-2 a percentage of an amount rounds with the named mode: 5 % of 2.50 is 0.13 or 0.12")
        void mon2_percent_rounding() {
            assertThat(usd(250).percent(new BigDecimal("5"), RoundingMode.HALF_UP)).isEqualTo(usd(13));
            assertThat(usd(250).percent(new BigDecimal("5"), RoundingMode.HALF_EVEN)).isEqualTo(usd(12));
            assertThat(usd(-250).percent(new BigDecimal("5"), RoundingMode.HALF_UP)).isEqualTo(usd(-13));
            assertThat(usd(350).percent(new BigDecimal("5"), RoundingMode.HALF_EVEN)).isEqualTo(usd(18));
            assertThat(usd(10).percent(new BigDecimal("4.1234"), RoundingMode.HALF_UP)).isEqualTo(usd(0));
        }

        @Test
        @DisplayName("MON-2 division rounds with the named mode: 1000.00 / 1.10 is 909.09")
        void mon2_division_rounding() {
            assertThat(usd(100000).divide(new BigDecimal("1.10"), RoundingMode.HALF_UP)).isEqualTo(usd(90909));
            assertThat(usd(5).divide(new BigDecimal("2"), RoundingMode.HALF_UP)).isEqualTo(usd(3));
            assertThat(usd(5).divide(new BigDecimal("2"), RoundingMode.HALF_EVEN)).isEqualTo(usd(2));
        }

        @Test
        @DisplayName("MON-2 a studio rounds HALF_UP by default and may only choose HALF_UP or HALF_EVEN")
        void mon2_settings_accept_only_the_two_modes() {
            assertThat(StudioSettings.defaults("USD").rounding()).isEqualTo(RoundingMode.HALF_UP);
            assertThat(StudioSettings.defaults("USD").toBuilder().rounding(RoundingMode.HALF_EVEN).build().rounding())
                    .isEqualTo(RoundingMode.HALF_EVEN);
            for (RoundingMode mode : List.of(RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.HALF_DOWN,
                    RoundingMode.UNNECESSARY)) {
                assertThatThrownBy(() -> StudioSettings.defaults("USD").toBuilder().rounding(mode).build())
                        .isInstanceOf(StudioException.class)
                        .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.VALIDATION);
            }
        }
    }

    @Nested
    @DisplayName("MON-3 allocation by the largest-remainder method")
    class Allocation {
        @Test
        @DisplayName("MON-3 1.00 over three equal weights is 0.34, 0.33, 0.33: ties go to the earlier item")
        void mon3_ties_go_to_the_earlier_item() {
            assertThat(minors(usd(100).allocate(1, 1, 1))).containsExactly(34L, 33L, 33L);
            assertThat(minors(usd(10).allocate(1, 1, 1, 1))).containsExactly(3L, 3L, 2L, 2L);
            assertThat(minors(usd(2).allocate(5, 5, 5))).containsExactly(1L, 1L, 0L);
        }

        @Test
        @DisplayName("MON-3 the leftover goes to the largest remainder, not the first item: 1.00 over 1:2 is 0.33, 0.67")
        void mon3_largest_remainder_wins() {
            assertThat(minors(usd(100).allocate(1, 2))).containsExactly(33L, 67L);
            assertThat(minors(usd(100).allocate(2, 1))).containsExactly(67L, 33L);
            assertThat(minors(usd(1500).allocate(10000, 5000))).containsExactly(1000L, 500L);
        }

        @Test
        @DisplayName("MON-3 a negative amount is split by its magnitude and the parts take its sign")
        void mon3_negative_amounts() {
            assertThat(minors(usd(-100).allocate(1, 1, 1))).containsExactly(-34L, -33L, -33L);
            assertThat(minors(usd(-100).allocate(1, 2))).containsExactly(-33L, -67L);
        }

        @Test
        @DisplayName("MON-3 weights count by magnitude, so negative credit-memo line amounts split like positive ones")
        void mon3_negative_weights() {
            assertThat(minors(usd(100).allocate(-1, 3))).containsExactly(25L, 75L);
            assertThat(usd(1500).allocate(List.of(usd(-10000), usd(-5000)))).containsExactly(usd(1000), usd(500));
        }

        @Test
        @DisplayName("MON-3 when every weight is zero the whole amount goes to the first item")
        void mon3_all_zero_weights() {
            assertThat(minors(usd(100).allocate(0, 0, 0))).containsExactly(100L, 0L, 0L);
            assertThat(minors(usd(-7).allocate(0, 0))).containsExactly(-7L, 0L);
            assertThat(minors(usd(0).allocate(1, 2, 3))).containsExactly(0L, 0L, 0L);
        }

        @Test
        @DisplayName("MON-3 allocating over no weights is a programmer error")
        void mon3_no_weights() {
            assertThatThrownBy(() -> usd(100).allocate()).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("MON-3 property: 10,000 seeded random allocations sum exactly and match a reference implementation")
        void mon3_random_allocations_sum_exactly() {
            long base = Long.getLong("studiokit.seed", 0x5EED_0003L);
            for (int i = 0; i < 10_000; i++) {
                long seed = base + i * 0x9E3779B97F4A7C15L;
                SplittableRandom r = new SplittableRandom(seed);
                long amount = switch (r.nextInt(4)) {
                    case 0 -> r.nextLong(-100, 101);
                    case 1 -> r.nextLong(-1_000_000_000L, 1_000_000_001L);
                    case 2 -> r.nextLong(-10_000_000_000_000L, 10_000_000_000_000L);
                    default -> r.nextInt(10);
                };
                int n = 1 + r.nextInt(8);
                long[] weights = new long[n];
                for (int k = 0; k < n; k++) {
                    weights[k] = switch (r.nextInt(5)) {
                        case 0 -> 0;
                        case 1 -> -r.nextLong(1, 100_000);
                        case 2 -> r.nextLong(1, 4);
                        default -> r.nextLong(0, 1_000_000_000L);
                    };
                }
                String where = "seed=" + seed + " (case " + i + ", re-run with -Dstudiokit.seed=" + seed + "): amount "
                        + amount + " weights " + java.util.Arrays.toString(weights);
                List<Money> parts = usd(amount).allocate(weights);
                assertThat(parts).as(where).hasSize(n);
                assertThat(parts.stream().mapToLong(Money::minor).sum()).as(where).isEqualTo(amount);
                assertThat(parts).as(where).allSatisfy(p -> assertThat(p.signum() * Long.signum(amount))
                        .isGreaterThanOrEqualTo(0));
                assertThat(minors(parts)).as(where).isEqualTo(reference(amount, weights));
            }
        }

        /** An independent largest-remainder split: exact shares, floors, then the leftover by remainder, ties first. */
        private List<Long> reference(long amount, long[] weights) {
            BigInteger magnitude = BigInteger.valueOf(amount).abs();
            BigInteger total = BigInteger.ZERO;
            for (long w : weights) {
                total = total.add(BigInteger.valueOf(Math.abs(w)));
            }
            long[] parts = new long[weights.length];
            if (total.signum() == 0) {
                parts[0] = magnitude.longValueExact();
            } else {
                BigInteger[] rem = new BigInteger[weights.length];
                BigInteger given = BigInteger.ZERO;
                for (int i = 0; i < weights.length; i++) {
                    BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(Math.abs(weights[i]))).divideAndRemainder(total);
                    parts[i] = qr[0].longValueExact();
                    rem[i] = qr[1];
                    given = given.add(qr[0]);
                }
                long left = magnitude.subtract(given).longValueExact();
                boolean[] taken = new boolean[weights.length];
                for (int k = 0; k < left; k++) {
                    int best = -1;
                    for (int i = 0; i < weights.length; i++) {
                        if (!taken[i] && (best < 0 || rem[i].compareTo(rem[best]) > 0)) {
                            best = i;
                        }
                    }
                    taken[best] = true;
                    parts[best]++;
                }
            }
            List<Long> out = new ArrayList<>();
            for (long p : parts) {
                out.add(amount < 0 ? -p : p);
            }
            return out;
        }
    }
}
