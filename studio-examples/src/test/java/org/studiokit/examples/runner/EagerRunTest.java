package org.studiokit.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §13: a malformed script runs nothing and gives one message. On an in-memory studio the steps start while the
 * script is checked on a second thread ({@link EagerRun}); the outcome must be exactly that of checking first (a
 * studio factory that is not the in-memory one takes that path), for long scripts whose problem lies past the first
 * batches of steps read ahead and results written.
 */
class EagerRunTest {
    private static final String STUDIO = "{\"studio\": {\"currency\": \"USD\"}, \"steps\": [";

    private static String client(int i) {
        return "{\"op\": \"client\", \"ref\": \"c" + i + "\", \"name\": \"Client " + i + "\"}";
    }

    private static String script(int clients, String at, int where, String after) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            steps.add(i == where ? at : client(i));
        }
        return STUDIO + String.join(",\n", steps) + "]" + after + "}";
    }

    static Stream<Arguments> scripts() {
        String dup = "{\"op\": \"client\", \"name\": \"a\", \"name\": \"b\"}";
        String badOp = "{\"op\": \"no-such-op\"}";
        String unmet = "{\"op\": \"client\", \"name\": \"x\", \"expect\": \"VALIDATION\"}";
        return Stream.of(
                Arguments.of("valid, 700 steps", script(700, null, -1, "")),
                Arguments.of("a step that does not meet its expectation", script(600, unmet, 450, "")),
                Arguments.of("text after the script", script(700, null, -1, "") + " extra"),
                Arguments.of("a duplicate key at step 500", script(700, dup, 500, "")),
                Arguments.of("an unknown op at step 400", script(700, badOp, 400, "")),
                Arguments.of("an unknown op at step 300 and a syntax error after it",
                        script(700, badOp, 300, "") + " ]"),
                Arguments.of("an unknown top-level field after the steps",
                        script(700, null, -1, ", \"x\": 1")),
                Arguments.of("a ref defined twice", script(700, client(3), 650, "")),
                Arguments.of("truncated", script(700, null, -1, "").substring(0, 30_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void spec13_a_run_started_while_the_script_is_checked_ends_as_if_it_was_checked_first(String name,
            String script) {
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        WorkspaceFactory inMemory = new InMemoryWorkspaces();
        WorkspaceFactory checkedFirst = (settings, lockDate, clock) -> inMemory.open(settings, lockDate, clock);
        assertThat(EagerRun.applies(inMemory)).isTrue();
        assertThat(EagerRun.applies(checkedFirst)).isFalse();

        ScriptExecution.Outcome eager = ScriptExecution.execute(bytes, inMemory);
        ScriptExecution.Outcome reference = ScriptExecution.execute(bytes, checkedFirst);

        assertThat(eager.exitCode()).isEqualTo(reference.exitCode());
        assertThat(eager.message()).isEqualTo(reference.message());
        assertThat(eager.json()).isEqualTo(reference.json());
        if (reference.exitCode() == ScriptExecution.MALFORMED) {
            assertThat(eager.json()).isEmpty();
            assertThat(eager.workspace()).isNull();
        } else {
            assertThat(eager.json()).contains("\"step\": 599");
        }
    }
}
