package org.studiokit.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.examples.CliRun;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.testkit.LedgerAssertions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Robustness of {@code studio run}: thousands of random scripts (valid and refused steps mixed) and random mutations
 * of valid scripts go through the runner in-process. Whatever the input: the exit code is 0, 1 or 2; a run that
 * exits 0 or 1 prints exactly one JSON document with one outcome per step and no defect; a malformed script prints
 * one line; nothing escapes as an exception; and after every script that ran, every journal entry balances, the
 * trial balance sums to zero, no deposit is over-applied and the core ledger is consistent. The seed of a failing
 * case is in the failure message.
 */
class RandomScriptsTest {
    private static final long SEED = 20260301L;
    private static final int SCRIPTS = 2_000;
    private static final int MUTATIONS = 2_000;
    private static final Set<String> CODES = EnumSet.allOf(ErrorCode.class).stream().map(Enum::name)
            .collect(Collectors.toSet());
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @TempDir
    Path dir;

    @Test
    void random_scripts_always_exit_0_or_1_and_keep_the_books_balanced() {
        int[] exits = new int[3];
        for (int i = 0; i < SCRIPTS; i++) {
            long seed = SEED + i;
            ObjectNode script = new ScriptGenerator(new Random(seed)).script(5 + new Random(seed).nextInt(40));
            byte[] bytes = script.toString().getBytes(StandardCharsets.UTF_8);
            ScriptExecution.Outcome outcome = check("script seed " + seed, bytes);
            assertThat(outcome.exitCode()).as("a generated script is well-formed (seed %d): %s", seed,
                    outcome.message()).isIn(0, 1);
            exits[outcome.exitCode()]++;
        }
        assertThat(exits[0]).as("scripts whose every step met its expectation").isPositive();
        assertThat(exits[1]).as("scripts with an unmet step").isPositive();
    }

    @Test
    void random_mutations_of_valid_scripts_exit_0_1_or_2_and_never_throw() {
        int[] exits = new int[3];
        for (int i = 0; i < MUTATIONS; i++) {
            long seed = SEED * 31 + i;
            Random r = new Random(seed);
            ObjectNode script = new ScriptGenerator(r).script(3 + r.nextInt(20));
            byte[] bytes = new ScriptMutator(r).mutate(script);
            exits[check("mutation seed " + seed, bytes).exitCode()]++;
        }
        assertThat(exits[2]).as("malformed mutations").isPositive();
        assertThat(exits[0] + exits[1]).as("mutations that still ran").isPositive();
    }

    @Test
    void the_entry_point_gives_the_runner_s_exit_code_and_output() throws IOException {
        for (int i = 0; i < 40; i++) {
            long seed = SEED * 7 + i;
            Random r = new Random(seed);
            ObjectNode script = new ScriptGenerator(r).script(10);
            byte[] bytes = i % 2 == 0 ? script.toString().getBytes(StandardCharsets.UTF_8)
                    : new ScriptMutator(r).mutate(script);
            Path file = Files.write(dir.resolve("s" + i + ".json"), bytes);
            ScriptExecution.Outcome outcome = ScriptExecution.execute(bytes, new InMemoryWorkspaces());
            CliRun run = CliRun.of("run", file.toString());
            assertThat(run.exit()).as("seed %d", seed).isEqualTo(outcome.exitCode());
            assertThat(run.stdout()).as("seed %d", seed).isEqualTo(outcome.json());
            assertThat(run.stderr()).doesNotContain("\tat ");
        }
    }

    private static ScriptExecution.Outcome check(String what, byte[] bytes) {
        ScriptExecution.Outcome outcome;
        try {
            outcome = ScriptExecution.execute(bytes, new InMemoryWorkspaces());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw " + e + "\n" + preview(bytes), e);
        }
        int exit = outcome.exitCode();
        assertThat(exit).as(what).isIn(0, 1, 2);
        if (exit == 2) {
            assertThat(outcome.message()).as(what).isNotBlank().doesNotContain("\n");
            assertThat(outcome.json()).as(what).isEmpty();
            assertThat(outcome.workspace()).as(what).isNull();
            return outcome;
        }
        JsonNode json = parse(what, outcome.json(), bytes);
        assertThat(json.get("ok").booleanValue()).as(what).isEqualTo(exit == 0);
        for (JsonNode step : json.get("steps")) {
            assertThat(step.get("ok").isBoolean() && step.get("met").isBoolean()).as(what).isTrue();
            assertThat(step.has("result")).as(what).isNotEqualTo(step.has("error"));
            if (step.has("error")) {
                assertThat(step.get("error").get("code").stringValue()).as(what + " step " + step.get("step")
                        + ": " + step.get("error")).isIn(CODES);
            }
        }
        books(what, outcome.workspace(), bytes);
        return outcome;
    }

    private static JsonNode parse(String what, String json, byte[] script) {
        try {
            JsonNode node = STRICT.readTree(json);
            assertThat(node.isObject()).isTrue();
            return node;
        } catch (RuntimeException e) {
            return fail(what + ": output is not one JSON document: " + e + "\n" + preview(script));
        }
    }

    private static void books(String what, Workspace ws, byte[] script) {
        BigInteger all = BigInteger.ZERO;
        for (PostingBatch batch : ws.books().batches()) {
            assertThat(batch.debits()).as(what + " batch " + batch.number()).isEqualTo(batch.credits());
            for (JournalEntry entry : batch.entries()) {
                BigInteger sum = BigInteger.ZERO;
                for (JournalLine line : entry.lines()) {
                    sum = sum.add(BigInteger.valueOf(line.amount().minor()));
                }
                assertThat(sum).as(what + " entry " + entry.recordLabel() + " balances").isZero();
                all = all.add(sum);
            }
        }
        assertThat(all).as(what + ": the trial balance sums to zero").isZero();
        for (MoneyMovement m : ws.studio().records().movements().all()) {
            if (m.kind().depositSource() && !m.voided()) {
                assertThat(ws.studio().balances().remaining(m).isNegative())
                        .as(what + ": movement " + m.number() + " is over-applied\n" + preview(script)).isFalse();
            }
        }
        try {
            LedgerAssertions.assertThatLedger(ws.studio()).isConsistent();
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage() + "\n" + preview(script), e);
        }
    }

    private static String preview(byte[] script) {
        String text = new String(script, StandardCharsets.UTF_8);
        return text.length() > 4_000 ? text.substring(0, 4_000) + "…" : text;
    }
}
