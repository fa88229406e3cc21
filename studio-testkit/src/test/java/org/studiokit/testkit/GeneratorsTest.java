package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;

@DisplayName("StudioGen and OpGen are plain, reproducible functions of a random generator")
class GeneratorsTest {

    @Test
    @DisplayName("the same seed gives the same settings and the same operations")
    void reproducible() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(StudioGen.settings(PropertyRunner.random(seed)))
                    .isEqualTo(StudioGen.settings(PropertyRunner.random(seed)));
            assertThat(OpGen.core().sequence(PropertyRunner.random(seed), 80))
                    .isEqualTo(OpGen.core().sequence(PropertyRunner.random(seed), 80));
        }
    }

    @Test
    @DisplayName("settings cover USD, EUR and JPY, every tax mode, 0 to 3 rates, shipping taxable or not, overpayment or not")
    void settings_cover_the_space() {
        Set<String> currencies = new HashSet<>();
        Set<TaxMode> modes = EnumSet.noneOf(TaxMode.class);
        Set<Integer> rateCounts = new HashSet<>();
        Set<Boolean> shipping = new HashSet<>();
        Set<Boolean> overpayment = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            StudioSettings s = StudioGen.settings(PropertyRunner.random(seed));
            currencies.add(s.currency().getCurrencyCode());
            modes.add(s.taxMode());
            rateCounts.add(s.taxRates().size());
            shipping.add(s.shippingTaxable());
            overpayment.add(s.allowOverpayment());
            assertThat(s.taxRates().keySet()).containsAll(s.defaultTaxes());
        }
        assertThat(currencies).containsExactlyInAnyOrder("USD", "EUR", "JPY");
        assertThat(modes).containsExactlyInAnyOrder(TaxMode.values());
        assertThat(rateCounts).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(shipping).hasSize(2);
        assertThat(overpayment).hasSize(2);
    }

    @Test
    @DisplayName("sequences start with the prelude and draw every kind of core operation")
    void sequences_mix_every_operation() {
        List<Op> ops = OpGen.core().sequence(PropertyRunner.random(1), 5_000);
        assertThat(ops).hasSize(5_000);
        assertThat(ops.subList(0, 3)).isEqualTo(OpGen.corePrelude(PropertyRunner.random(1)).subList(0, 3));
        assertThat(ops.get(0)).isInstanceOf(CoreOps.NewClient.class);
        Set<Class<?>> kinds = new HashSet<>();
        ops.forEach(op -> kinds.add(op.getClass()));
        for (Class<?> holder : List.of(CoreOps.class, MoneyOps.class, ChangeOps.class, FollowUpOps.class,
                QueryOps.class)) {
            for (Class<?> k : holder.getDeclaredClasses()) {
                if (Op.class.isAssignableFrom(k)) {
                    assertThat(kinds).as(k.getSimpleName()).contains(k);
                }
            }
        }
    }

    @Test
    @DisplayName("OpGen.with adds a weighted source, e.g. a module's own operations")
    void extension_by_weighted_source() {
        record Ping(int n) implements Op {
            @Override
            public Object apply(World world) {
                return n;
            }
        }
        List<Op> ops = OpGen.core().with(1_000, r -> new Ping(r.nextInt(9))).sequence(PropertyRunner.random(5), 200);
        assertThat(ops.stream().filter(Ping.class::isInstance).count()).isGreaterThan(100);
        List<Op> only = OpGen.empty().with(1, r -> new Ping(1)).sequence(PropertyRunner.random(5), 3);
        assertThat(only).containsExactly(new Ping(1), new Ping(1), new Ping(1));
    }
}
