package org.studiokit.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STO-1 the in-memory store's primitive tables behave like the maps and lists they replace")
class PrimitiveTablesTest {

    @Test
    @DisplayName("STO-1 LongObjectMap agrees with a HashMap over random puts, replaces and removes")
    void longMapAgreesWithHashMap() {
        SplittableRandom random = new SplittableRandom(7);
        LongObjectMap<String> map = new LongObjectMap<>();
        LongObjectMap<String> presized = new LongObjectMap<>(3_000);
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(5_000);
            int op = random.nextInt(10);
            if (op < 6) {
                map.put(key, "v" + i);
                presized.put(key, "v" + i);
                expected.put(key, "v" + i);
            } else if (op < 9) {
                map.remove(key);
                presized.remove(key);
                expected.remove(key);
            }
            assertThat(map.get(key)).isEqualTo(expected.get(key));
            assertThat(presized.get(key)).isEqualTo(expected.get(key));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(presized.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
        }
    }

    @Test
    @DisplayName("STO-1 LongList stays ascending and distinct like a sorted set")
    void longListAgreesWithSortedSet() {
        SplittableRandom random = new SplittableRandom(11);
        LongList list = new LongList(1);
        TreeSet<Long> expected = new TreeSet<>();
        for (int i = 0; i < 50_000; i++) {
            long v = random.nextInt(4) == 0 ? i : random.nextInt(2_000);
            if (random.nextInt(3) == 0) {
                list.remove(v);
                expected.remove(v);
            } else {
                list.add(v);
                expected.add(v);
            }
        }
        List<Long> actual = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            actual.add(list.get(i));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
