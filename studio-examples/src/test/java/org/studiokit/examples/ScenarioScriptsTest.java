package org.studiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every scenario script in {@code scenarios/} runs through the command line's entry point and prints exactly the bytes
 * of its {@code *.expected.json} (figures, messages, values and layout alike), with exit 0 when every step met its
 * expectation and 1 otherwise; a second run prints the same bytes (SPEC §13).
 */
class ScenarioScriptsTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<Path> scripts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_scenario_gives_its_expected_figures() throws IOException {
        List<Path> scripts = scripts(SCENARIOS);
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(10);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> assertMatchesExpected(script)));
    }

    @TestFactory
    Stream<DynamicTest> the_same_script_prints_the_same_bytes_twice() throws IOException {
        return scripts(SCENARIOS).stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> {
                    CliRun first = CliRun.of("run", script.toString());
                    CliRun second = CliRun.of("run", script.toString());
                    assertThat(second.stdout()).isEqualTo(first.stdout());
                    assertThat(second.exit()).isEqualTo(first.exit());
                }));
    }

    static void assertMatchesExpected(Path script) throws IOException {
        Path expectedFile = Path.of(script.toString().replace(".json", ".expected.json"));
        String expectedText = Files.readString(expectedFile, StandardCharsets.UTF_8);
        JsonNode expected = JSON.readTree(expectedText);
        CliRun run = CliRun.of("run", script.toString());
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exit()).as("exit code").isEqualTo(expected.get("ok").booleanValue() ? 0 : 1);
        assertThat(JsonTrees.differences(expected, JSON.readTree(run.stdout()))).as(script + " against "
                + expectedFile).isEmpty();
        assertThat(run.stdout()).as("the whole output of " + script + ", byte for byte").isEqualTo(expectedText);
    }
}
