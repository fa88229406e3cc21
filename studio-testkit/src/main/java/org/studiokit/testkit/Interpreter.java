package org.studiokit.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.studiokit.core.StudioException;

/**
 * Applies operations to a {@link World} one at a time. Around each step it checks what holds for every command
 * (§12): a refused command, and an accepted one that {@linkplain Op#changesNothing() must change nothing}, leave every
 * snapshot of the world exactly as it was; anything thrown other than a {@link StudioException} is a failure. After
 * each step it runs the registered checks (by default the core ledger invariants of {@link LedgerAssertions}).
 *
 * <p>Extension points: {@link #handle} runs a kind of operation with a handler instead of its own
 * {@link Op#apply}, and {@link #check} adds an invariant checked after every step (e.g. "every posting batch
 * balances"). Interpreters are immutable: both return a new interpreter.
 */
public final class Interpreter {

    /**
     * Runs one kind of operation.
     *
     * @param <T> the operation type
     */
    @FunctionalInterface
    public interface Handler<T extends Op> {
        /**
         * @return what the command returned
         * @throws StudioException when refused
         */
        Object apply(World world, T op);
    }

    /** An invariant checked after every step. */
    @FunctionalInterface
    public interface Check {
        /** Throws an {@link AssertionError} when the invariant does not hold after the step. */
        void verify(World world, Outcome outcome);
    }

    private final Map<Class<?>, Handler<?>> handlers;
    private final List<Check> checks;

    private Interpreter(Map<Class<?>, Handler<?>> handlers, List<Check> checks) {
        this.handlers = Map.copyOf(handlers);
        this.checks = List.copyOf(checks);
    }

    /** @return an interpreter with no extra handlers and no checks */
    public static Interpreter plain() {
        return new Interpreter(Map.of(), List.of());
    }

    /** @return an interpreter checking the core ledger invariants after every step */
    public static Interpreter core() {
        return plain().check((world, outcome) -> LedgerAssertions.assertThatLedger(world.studio()).isConsistent());
    }

    /** @return this interpreter with a handler for a kind of operation (exact class) */
    public <T extends Op> Interpreter handle(Class<T> type, Handler<? super T> handler) {
        Map<Class<?>, Handler<?>> h = new LinkedHashMap<>(handlers);
        h.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler, "handler"));
        return new Interpreter(h, checks);
    }

    /** @return this interpreter with one more check after every step */
    public Interpreter check(Check check) {
        List<Check> c = new ArrayList<>(checks);
        c.add(Objects.requireNonNull(check, "check"));
        return new Interpreter(handlers, c);
    }

    /**
     * Applies one operation and checks the step.
     *
     * @return accepted with the result, or refused with the code
     * @throws AssertionError when a refusal changed something, the operation threw something other than a refusal,
     *                        or a check failed
     */
    public Outcome step(World world, Op op) {
        Map<String, Object> before = world.snapshot();
        Outcome outcome;
        try {
            outcome = new Outcome.Accepted(op, run(world, op));
        } catch (StudioException e) {
            outcome = new Outcome.Refused(op, e.code(), e.getMessage());
        } catch (AssertionError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AssertionError(op + " threw " + e, e);
        }
        if (!outcome.accepted() || op.changesNothing()) {
            Map<String, Object> after = world.snapshot();
            if (!after.equals(before)) {
                throw new AssertionError(op + (outcome.accepted() ? " was accepted but must change nothing"
                        : " was refused with " + ((Outcome.Refused) outcome).code() + " but changed something")
                        + ": " + difference(before, after));
            }
        }
        for (Check c : checks) {
            c.verify(world, outcome);
        }
        return outcome;
    }

    /**
     * Applies operations in order, checking every step.
     *
     * @return one outcome per operation
     * @throws AssertionError naming the failing step
     */
    public List<Outcome> run(World world, List<? extends Op> ops) {
        List<Outcome> outcomes = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            try {
                outcomes.add(step(world, ops.get(i)));
            } catch (AssertionError e) {
                AssertionError wrapped = new AssertionError("step " + (i + 1) + " of " + ops.size() + " (" + ops.get(i)
                        + "): " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
                throw wrapped;
            }
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private Object run(World world, Op op) {
        Handler<Op> handler = (Handler<Op>) handlers.get(op.getClass());
        return handler != null ? handler.apply(world, op) : op.apply(world);
    }

    private static String difference(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        for (String name : after.keySet()) {
            Object b = before.get(name);
            Object a = after.get(name);
            if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) {
                for (Object key : am.keySet()) {
                    if (!Objects.equals(bm.get(key), am.get(key))) {
                        changed.add(name + "." + key);
                    }
                }
                for (Object key : bm.keySet()) {
                    if (!am.containsKey(key)) {
                        changed.add(name + "." + key);
                    }
                }
            } else if (!Objects.equals(a, b)) {
                changed.add(name);
            }
        }
        return "changed " + changed;
    }
}
