package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.settings.StudioSettings;

@DisplayName("§12 the interpreter: a refused command changes nothing, anything else is a failure")
class InterpreterTest {
    private final World world = World.of(StudioSettings.defaults("USD"));

    /** Writes outside any transaction, then refuses: a broken command the interpreter must catch. */
    record HalfDone() implements Op {
        @Override
        public Object apply(World w) {
            w.store().saveLockDate(LocalDate.of(2020, 1, 1));
            throw new StudioException(ErrorCode.VALIDATION, "refused after writing");
        }
    }

    record Crash() implements Op {
        @Override
        public Object apply(World w) {
            throw new IllegalStateException("boom");
        }
    }

    record Sneaky() implements Op {
        @Override
        public Object apply(World w) {
            return w.studio().clients().create(Who.OWNER.actor(), "Sneaky");
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }

    record Marker(String name) implements Op {
        @Override
        public Object apply(World w) {
            throw new UnsupportedOperationException("handled elsewhere");
        }
    }

    @Test
    @DisplayName("§12 accepted and refused core commands are reported with their result or code")
    void outcomes() {
        Interpreter in = Interpreter.core();
        List<Outcome> out = in.run(world, OpGen.corePrelude(PropertyRunner.random(1)));
        assertThat(out).allMatch(Outcome::accepted);
        Outcome refused = in.step(world, new CoreOps.NewClient(Who.OWNER, " "));
        assertThat(refused).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) refused).code()).isEqualTo(ErrorCode.VALIDATION);
        Outcome clerk = in.step(world, new MoneyOps.WriteOff(Who.CLERK, 0, new Amount(Amount.Kind.ALL, 0), false, 0));
        assertThat(((Outcome.Refused) clerk).code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
        Outcome pay = in.step(world, new MoneyOps.Pay(Who.CLERK, 0, false, new Amount(Amount.Kind.PART, 50), "Cash",
                true, 0));
        assertThat(pay.accepted()).isTrue();
        assertThat(world.keyedCalls()).hasSize(1);
        assertThat(in.step(world, new QueryOps.Retry(0)).accepted()).isTrue();
        Outcome clash = in.step(world, new QueryOps.KeyClash(0));
        assertThat(((Outcome.Refused) clash).code()).isEqualTo(ErrorCode.DUPLICATE_KEY);
    }

    @Test
    @DisplayName("§12 a refusal that changed something fails the step")
    void half_done_refusal_fails() {
        assertThatThrownBy(() -> Interpreter.plain().step(world, new HalfDone())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("refused with VALIDATION but changed something").hasMessageContaining("lockDate");
    }

    @Test
    @DisplayName("an exception other than a refusal fails the step")
    void crash_fails() {
        assertThatThrownBy(() -> Interpreter.plain().step(world, new Crash())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("threw java.lang.IllegalStateException: boom");
    }

    @Test
    @DisplayName("an accepted query or retry that changed something fails the step")
    void changes_nothing_is_enforced() {
        assertThatThrownBy(() -> Interpreter.plain().step(world, new Sneaky())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("must change nothing");
    }

    @Test
    @DisplayName("handlers and checks extend the interpreter; run names the failing step")
    void handlers_and_checks() {
        Interpreter in = Interpreter.plain().handle(Marker.class, (w, op) -> "handled " + op.name())
                .check((w, outcome) -> {
                    if (outcome.op() instanceof Marker m && m.name().equals("bad")) {
                        throw new AssertionError("bad marker");
                    }
                });
        Outcome ok = in.step(world, new Marker("x"));
        assertThat(((Outcome.Accepted) ok).result()).isEqualTo("handled x");
        assertThatThrownBy(() -> in.run(world, List.of(new Marker("a"), new Marker("bad"))))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("step 2 of 2 (Marker[name=bad])");
    }

    @Test
    @DisplayName("the world resolves picks modulo the candidates and unknown ones to an id that does not exist")
    void world_picks() {
        Interpreter.core().run(world, OpGen.corePrelude(PropertyRunner.random(2)));
        List<Document> docs = world.documents(d -> true);
        assertThat(docs).hasSize(2);
        assertThat(World.pick(docs, 3)).contains(docs.get(1));
        assertThat(World.pick(List.of(), 3)).isEmpty();
        assertThat(CoreOps.pickId(docs, -1)).isEqualTo(World.UNKNOWN_ID);
        Outcome unknown = Interpreter.core().step(world, new ChangeOps.VoidDocument(Who.OWNER, -1));
        assertThat(((Outcome.Refused) unknown).code()).isEqualTo(ErrorCode.NOT_FOUND);
        world.advance(3);
        assertThat(world.today()).isEqualTo(World.START.plusDays(3));
        assertThat(world.date(1)).isEqualTo(World.START.plusDays(2));
        world.attach(String.class, "books");
        assertThat(world.extension(String.class)).contains("books");
        world.addSnapshot("extra", () -> "same");
        assertThat(world.snapshot()).containsKeys("core", "extra");
    }
}
