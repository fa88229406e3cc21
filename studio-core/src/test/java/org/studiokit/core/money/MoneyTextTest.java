package org.studiokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("MON-1 amounts print as plain decimals with the currency's places")
class MoneyTextTest {

    @Test
    @DisplayName("MON-1 the fast printer writes exactly what BigDecimal.toPlainString writes")
    void sameAsBigDecimal() {
        long[] edges = {0, 1, -1, 5, -5, 9, 10, 99, 100, -100, 101, 12345, -120050, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Money.MAX_RECORD_MINOR, -Money.MAX_RECORD_MINOR};
        SplittableRandom random = new SplittableRandom(17);
        for (int decimals = 0; decimals <= 4; decimals++) {
            for (long m : edges) {
                assertThat(MoneyText.plain(m, decimals)).isEqualTo(BigDecimal.valueOf(m, decimals).toPlainString());
            }
            for (int i = 0; i < 20_000; i++) {
                long m = random.nextLong() >> random.nextInt(64);
                assertThat(MoneyText.plain(m, decimals)).isEqualTo(BigDecimal.valueOf(m, decimals).toPlainString());
            }
        }
    }

    @Test
    @DisplayName("MON-1 amounts of currencies with 0, 2 and 3 places print with those places")
    void byCurrency() {
        assertThat(Money.ofMinor(-5, Currency.getInstance("USD"))).hasToString("-0.05");
        assertThat(Money.ofMinor(0, Currency.getInstance("USD"))).hasToString("0.00");
        assertThat(Money.ofMinor(1234, Currency.getInstance("JPY"))).hasToString("1234");
        assertThat(Money.ofMinor(1005, Currency.getInstance("BHD"))).hasToString("1.005");
    }

    @Test
    @DisplayName("MON-1 zeros are shared per currency and adding zero keeps the amount")
    void sharedZeros() {
        Currency usd = Currency.getInstance("USD");
        Currency eur = Currency.getInstance("EUR");
        Money a = Money.ofMinor(250, usd);
        assertThat(Money.zero(usd)).isEqualTo(new Money(0, usd));
        assertThat(Money.zero(eur).currency()).isEqualTo(eur);
        assertThat(Money.zero(usd).currency()).isEqualTo(usd);
        assertThat(a.plus(Money.zero(usd))).isSameAs(a).isEqualTo(new Money(250, usd));
        assertThat(Money.zero(usd).plus(a)).isEqualTo(a);
        assertThat(a.minus(Money.zero(usd))).isEqualTo(a);
        assertThatThrownBy(() -> a.plus(Money.zero(eur))).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertThat(Money.zero(usd).allocate(1, 2, 3)).containsExactly(Money.zero(usd), Money.zero(usd),
                Money.zero(usd));
    }

    @Test
    @DisplayName("MON-1 the fast reader gives what the BigDecimal route gives, and leaves every other text to it")
    void readsLikeBigDecimal() {
        String[] texts = {"0", "-0", "+0", "5", "-5", "+5", "150.00", "150.0", "150.", ".5", "1.005", "-12.50",
            "999999999999999", "999999999999999.99", "1000000000000000", "1e3", "1,000", " 1", "1 ", "", "-", "+",
            "--1", "1.2.3", "0.000", "00012.30", "١٢", "12.5x"};
        SplittableRandom random = new SplittableRandom(29);
        for (int decimals = 0; decimals <= 4; decimals++) {
            for (String text : texts) {
                assertReadsLikeBigDecimal(text, decimals);
            }
            for (int i = 0; i < 20_000; i++) {
                String text = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(6))
                        .toPlainString();
                assertReadsLikeBigDecimal(text, decimals);
            }
        }
        assertThat(MoneyText.parsePlain("150.00", 2)).isEqualTo(15000);
        assertThat(MoneyText.parsePlain("-0.5", 2)).isEqualTo(-50);
        assertThat(MoneyText.parsePlain("1.005", 2)).isEqualTo(MoneyText.NOT_PLAIN);
    }

    /** What it reads is a parseable amount of exactly that value; what it declines is another form or too long. */
    private static void assertReadsLikeBigDecimal(String text, int decimals) {
        long read = MoneyText.parsePlain(text, decimals);
        boolean amount = text.matches("[+-]?[0-9]{1,15}(\\.[0-9]+)?") && new BigDecimal(text).scale() <= decimals;
        if (read != MoneyText.NOT_PLAIN) {
            assertThat(amount).as(text).isTrue();
            assertThat(read).as(text).isEqualTo(new BigDecimal(text).movePointRight(decimals).longValueExact());
        } else {
            int whole = text.replaceAll("^[+-]", "").replaceAll("\\..*", "").length();
            assertThat(amount && whole + decimals <= 18).as(text).isFalse();
        }
    }
}
