package org.studiokit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A small seeded property runner. It runs a property for {@code N} cases, each with its own seed derived from a base
 * seed; the base seed comes from the system property {@value #SEED_PROPERTY} or {@link #DEFAULT_SEED}, and the case
 * count may be overridden with {@value #CASES_PROPERTY}. Case 0 runs with the base seed itself, so a failing case is
 * re-run alone with {@code -Dstudiokit.seed=<its seed> -Dstudiokit.cases=1}.
 *
 * <p>On failure it throws an {@link AssertionError} whose message names the case, its seed and the re-run hint. For
 * sequence properties ({@link #forAllSequences}) it first shrinks the failing step list by delta debugging (removing
 * chunks of steps while the property still fails the same way) and reports the short counterexample.
 */
public final class PropertyRunner {
    /** The system property holding the base seed. */
    public static final String SEED_PROPERTY = "studiokit.seed";
    /** The system property overriding the number of cases. */
    public static final String CASES_PROPERTY = "studiokit.cases";
    /** The base seed when none is given. */
    public static final long DEFAULT_SEED = 20_261_125L;
    /** The default number of property runs spent on shrinking one failure. */
    public static final int DEFAULT_SHRINK_BUDGET = 2_000;

    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private final int cases;
    private final long baseSeed;
    private final int shrinkBudget;

    private PropertyRunner(int cases, long baseSeed, int shrinkBudget) {
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be at least 1: " + cases);
        }
        this.cases = cases;
        this.baseSeed = baseSeed;
        this.shrinkBudget = shrinkBudget;
    }

    /**
     * @param count the number of cases (overridden by {@value #CASES_PROPERTY} when set)
     * @return a runner with the base seed of {@value #SEED_PROPERTY}, or the default seed
     */
    public static PropertyRunner cases(int count) {
        String override = System.getProperty(CASES_PROPERTY);
        int n = override == null || override.isBlank() ? count : Integer.parseInt(override.trim());
        return new PropertyRunner(n, configuredSeed(), DEFAULT_SHRINK_BUDGET);
    }

    /**
     * @param count the number of cases, exactly
     * @param seed  the base seed
     * @return a runner that ignores the system properties
     */
    public static PropertyRunner of(int count, long seed) {
        return new PropertyRunner(count, seed, DEFAULT_SHRINK_BUDGET);
    }

    /** @return the base seed from {@value #SEED_PROPERTY}, else {@link #DEFAULT_SEED} */
    public static long configuredSeed() {
        String text = System.getProperty(SEED_PROPERTY);
        return text == null || text.isBlank() ? DEFAULT_SEED : Long.parseLong(text.trim());
    }

    /** @return this runner with another base seed */
    public PropertyRunner withSeed(long seed) {
        return new PropertyRunner(cases, seed, shrinkBudget);
    }

    /** @return this runner with another shrink budget (property runs spent shrinking; 0 disables shrinking) */
    public PropertyRunner withShrinkBudget(int runs) {
        return new PropertyRunner(cases, baseSeed, Math.max(0, runs));
    }

    /** @return the number of cases */
    public int cases() {
        return cases;
    }

    /** @return the base seed */
    public long baseSeed() {
        return baseSeed;
    }

    /** @return the seed of case {@code index}: the base seed for case 0, a mix of both otherwise */
    public static long caseSeed(long base, int index) {
        if (index == 0) {
            return base;
        }
        long z = base + GOLDEN * index;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** @return a random generator for a seed (a {@link SplittableRandom}, fast and reproducible) */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    /** Runs a property once per case with the case's seed. */
    public void forAllSeeds(LongConsumer property) {
        Objects.requireNonNull(property, "property");
        for (int i = 0; i < cases; i++) {
            long seed = caseSeed(baseSeed, i);
            try {
                property.accept(seed);
            } catch (Throwable t) {
                rethrowFatal(t);
                throw new AssertionError(header(i, seed) + "\nFailure: " + t, t);
            }
        }
    }

    /** Runs a property once per case on a value generated from the case's seed. */
    public <T> void forAll(Function<RandomGenerator, T> generator, Consumer<T> property) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        for (int i = 0; i < cases; i++) {
            long seed = caseSeed(baseSeed, i);
            T value = generator.apply(random(seed));
            try {
                property.accept(value);
            } catch (Throwable t) {
                rethrowFatal(t);
                throw new AssertionError(header(i, seed) + "\nValue: " + value + "\nFailure: " + t, t);
            }
        }
    }

    /**
     * Runs a sequence property once per case. On failure the step list is shrunk (the context kept) to a short
     * sequence that still fails with the same kind of exception, and the error reports both.
     *
     * @param generator makes a case from the case's random generator
     * @param property  runs the steps in the context; throws when a check fails
     */
    public <C, S> void forAllSequences(Function<RandomGenerator, Trial<C, S>> generator,
            BiConsumer<C, List<S>> property) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        for (int i = 0; i < cases; i++) {
            long seed = caseSeed(baseSeed, i);
            Trial<C, S> trial = generator.apply(random(seed));
            Throwable failure = failureOf(property, trial.context(), trial.steps());
            if (failure != null) {
                rethrowFatal(failure);
                Class<?> kind = failure.getClass();
                Shrunk<S> shrunk = shrink(trial.steps(), steps -> {
                    Throwable t = failureOf(property, trial.context(), steps);
                    return t != null && t.getClass() == kind;
                }, shrinkBudget);
                Throwable last = shrunk.steps().size() < trial.steps().size()
                        ? failureOf(property, trial.context(), shrunk.steps()) : failure;
                StringBuilder msg = new StringBuilder(header(i, seed));
                msg.append("\nContext: ").append(trial.context());
                msg.append("\nShrunk from ").append(trial.steps().size()).append(" to ").append(shrunk.steps().size())
                        .append(" steps in ").append(shrunk.runs()).append(" runs:");
                for (int k = 0; k < shrunk.steps().size(); k++) {
                    msg.append("\n  ").append(k + 1).append(". ").append(shrunk.steps().get(k));
                }
                msg.append("\nFailure of the short sequence: ").append(last == null ? failure : last);
                msg.append("\nOriginal failure: ").append(failure);
                throw new AssertionError(msg.toString(), last == null ? failure : last);
            }
        }
    }

    private static <C, S> Throwable failureOf(BiConsumer<C, List<S>> property, C context, List<S> steps) {
        try {
            property.accept(context, steps);
            return null;
        } catch (Throwable t) {
            rethrowFatal(t);
            return t;
        }
    }

    private String header(int index, long seed) {
        return "Property failed at case " + (index + 1) + " of " + cases + " with seed " + seed + " (base seed "
                + baseSeed + ").\nRe-run just this case with -D" + SEED_PROPERTY + "=" + seed + " -D" + CASES_PROPERTY
                + "=1";
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError error) {
            throw error;
        }
    }

    /**
     * The result of shrinking.
     *
     * @param steps the shortest failing sequence found
     * @param runs  how many times the property ran while shrinking
     * @param <S>   the step type
     */
    public record Shrunk<S>(List<S> steps, int runs) {
        /** Copies. */
        public Shrunk {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Delta debugging (ddmin) over a failing list: removes ever smaller chunks while {@code fails} still holds, down
     * to single steps, within a budget of property runs. The result still fails and no single step can be removed
     * from it when the budget sufficed.
     *
     * @param failing a list for which {@code fails} holds
     * @param fails   whether a candidate list still fails
     * @param budget  the most runs of {@code fails} to spend
     */
    public static <S> Shrunk<S> shrink(List<S> failing, Predicate<List<S>> fails, int budget) {
        List<S> current = List.copyOf(failing);
        int runs = 0;
        int n = 2;
        while (current.size() >= 2 && runs < budget) {
            int size = current.size();
            int chunk = (size + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < size && runs < budget; start += chunk) {
                List<S> candidate = new ArrayList<>(current.subList(0, start));
                candidate.addAll(current.subList(Math.min(size, start + chunk), size));
                runs++;
                if (fails.test(candidate)) {
                    current = List.copyOf(candidate);
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= size) {
                    break;
                }
                n = Math.min(size, n * 2);
            }
        }
        if (current.size() == 1 && runs < budget) {
            runs++;
            if (fails.test(List.of())) {
                current = List.of();
            }
        }
        return new Shrunk<>(current, runs);
    }
}
