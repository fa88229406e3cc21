package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PropertyRunner: seeded cases, re-run hints and shrinking")
class PropertyRunnerTest {

    @Test
    @DisplayName("case 0 runs with the base seed; the other cases get distinct, reproducible seeds")
    void case_seeds() {
        assertThat(PropertyRunner.caseSeed(42, 0)).isEqualTo(42);
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seeds.add(PropertyRunner.caseSeed(42, i));
        }
        assertThat(seeds).hasSize(10_000);
        assertThat(PropertyRunner.caseSeed(42, 17)).isEqualTo(PropertyRunner.caseSeed(42, 17))
                .isNotEqualTo(PropertyRunner.caseSeed(43, 17));
        List<Long> seen = new ArrayList<>();
        PropertyRunner.of(5, 42).forAllSeeds(seen::add);
        assertThat(seen).hasSize(5).startsWith(42L);
    }

    @Test
    @DisplayName("a failure names the case, its seed and the -Dstudiokit.seed hint, and that seed reproduces it first")
    void failure_message_has_seed_and_hint() {
        AtomicInteger runs = new AtomicInteger();
        Throwable t = catchThrowable(() -> PropertyRunner.of(1_000, 7).forAll(r -> r.nextInt(100), value -> {
            runs.incrementAndGet();
            assertThat(value).isLessThan(97);
        }));
        assertThat(t).isInstanceOf(AssertionError.class);
        String seed = t.getMessage().replaceAll("(?s).*with seed (-?\\d+).*", "$1");
        assertThat(t.getMessage()).contains("-Dstudiokit.seed=" + seed).contains("-Dstudiokit.cases=1")
                .contains("case " + runs.get() + " of 1000").contains("Value: ");
        Throwable again = catchThrowable(() -> PropertyRunner.of(1, Long.parseLong(seed))
                .forAll(r -> r.nextInt(100), value -> assertThat(value).isLessThan(97)));
        assertThat(again).as("the printed seed reproduces the failure as case 1").isInstanceOf(AssertionError.class)
                .hasMessageContaining("case 1 of 1");
    }

    @Test
    @DisplayName("a failing sequence is shrunk to a short counterexample that still fails")
    void sequences_are_shrunk() {
        Throwable t = catchThrowable(() -> PropertyRunner.of(200, 3).forAllSequences(
                r -> {
                    List<Integer> steps = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        steps.add(r.nextInt(50));
                    }
                    return new Trial<>("ctx", steps);
                },
                (ctx, steps) -> {
                    if (steps.contains(3) && steps.contains(7)) {
                        throw new AssertionError("3 and 7 together");
                    }
                }));
        assertThat(t).isInstanceOf(AssertionError.class);
        assertThat(t.getMessage()).contains("Shrunk from 60 to 2 steps").contains("Context: ctx")
                .contains("3 and 7 together").containsPattern("1\\. [37]\\n  2\\. [37]");
    }

    @Test
    @DisplayName("shrink (delta debugging) finds a 1-minimal failing subsequence within its budget")
    void shrink_is_one_minimal() {
        List<Integer> input = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            input.add(i);
        }
        PropertyRunner.Shrunk<Integer> s = PropertyRunner.shrink(input,
                l -> l.contains(10) && l.contains(55) && l.contains(99), 1_000);
        assertThat(s.steps()).containsExactly(10, 55, 99);
        assertThat(s.runs()).isLessThanOrEqualTo(1_000);
        PropertyRunner.Shrunk<Integer> one = PropertyRunner.shrink(input, l -> l.contains(42), 1_000);
        assertThat(one.steps()).containsExactly(42);
        PropertyRunner.Shrunk<Integer> none = PropertyRunner.shrink(input, l -> true, 1_000);
        assertThat(none.steps()).isEmpty();
        PropertyRunner.Shrunk<Integer> capped = PropertyRunner.shrink(input, l -> l.contains(42), 3);
        assertThat(capped.runs()).isEqualTo(3);
        assertThat(capped.steps()).contains(42);
    }

    @Test
    @DisplayName("a passing property runs every case; the seed and case count come from the system properties")
    void passing_property_and_configuration() {
        AtomicInteger runs = new AtomicInteger();
        PropertyRunner.of(250, 1).forAllSequences(r -> new Trial<>(1, List.of(r.nextInt())),
                (ctx, steps) -> runs.incrementAndGet());
        assertThat(runs.get()).isEqualTo(250);
        String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
        try {
            System.setProperty(PropertyRunner.SEED_PROPERTY, "123");
            assertThat(PropertyRunner.cases(10).baseSeed()).isEqualTo(123);
            System.clearProperty(PropertyRunner.SEED_PROPERTY);
            assertThat(PropertyRunner.cases(10).baseSeed()).isEqualTo(PropertyRunner.DEFAULT_SEED);
        } finally {
            if (before != null) {
                System.setProperty(PropertyRunner.SEED_PROPERTY, before);
            }
        }
        assertThatThrownBy(() -> PropertyRunner.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
