package org.studiokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("RPT-1 sums by record id in minor units (the aging's and sales tax's tables)")
class LongSumsTest {

    @Test
    void sums_per_key_and_slot_match_a_map_through_growth_including_key_zero_and_negative_keys() {
        Random random = new Random(17);
        LongSums sums = new LongSums(3, 4);
        Map<String, Long> model = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(5_000) - 100L;
            int slot = random.nextInt(3);
            long amount = random.nextInt(2_000_001) - 1_000_000L;
            sums.add(key, slot, amount);
            model.merge(key + "/" + slot, amount, Long::sum);
        }
        for (long key = -100; key < 4_900; key++) {
            for (int slot = 0; slot < 3; slot++) {
                assertThat(sums.get(key, slot)).as("key %d slot %d", key, slot)
                        .isEqualTo(model.getOrDefault(key + "/" + slot, 0L));
            }
        }
        assertThat(sums.get(1_000_000_007L, 0)).isZero();
    }

    @Test
    void a_sum_out_of_range_is_refused_as_money_refuses_it_and_leaves_the_sum() {
        LongSums sums = new LongSums(1, 1);
        sums.add(7, 0, Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> sums.add(7, 0, 2)).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        assertThat(sums.get(7, 0)).isEqualTo(Long.MAX_VALUE - 1);
    }
}
