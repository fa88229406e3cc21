package org.studiokit.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.studiokit.examples.CliRun;
import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/**
 * STO-1 on the command line: {@code studio run SCRIPT --db URL} prints the same bytes and exit code as the in-memory
 * store for every bundled scenario and for 100 random scripts (valid and refused steps mixed) on H2 memory,
 * PostgreSQL and MariaDB (25 on H2 file, which shares H2's code with memory). Under {@code CI=true} the servers must
 * answer. {@code -Dstudiokit.dbRandomScripts=N} runs more.
 */
class DatabaseRunsTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final long SEED = 20261202L;
    private static final int RANDOM_SCRIPTS = Integer.getInteger("studiokit.dbRandomScripts", 100);

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> STO_1_every_scenario_prints_the_same_bytes_on_every_database() throws IOException {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(10);
        return TestDatabases.all().stream().map(db -> DynamicTest.dynamicTest(db.name(), () -> {
            db.require();
            for (Path script : scripts) {
                CliRun memory = CliRun.of("run", script.toString());
                CliRun onDb = CliRun.of("run", script.toString(), "--db", db.url());
                assertThat(onDb.stderr()).as(script + " on " + db).isEmpty();
                assertThat(onDb.exit()).as(script + " on " + db).isEqualTo(memory.exit());
                assertThat(onDb.stdout()).as(script + " on " + db).isEqualTo(memory.stdout());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> STO_1_random_scripts_print_the_same_bytes_on_every_database() {
        return TestDatabases.all().stream().map(db -> DynamicTest.dynamicTest(db.name(), () -> sameOn(db)));
    }

    private static void sameOn(Target db) {
        db.require();
        WorkspaceFactory onDb = new DatabaseWorkspaces(db.url(), false);
        int count = db.name().equals("H2 file") ? RANDOM_SCRIPTS / 4 : RANDOM_SCRIPTS;
        for (int i = 0; i < count; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            byte[] script = new ScriptGenerator(random).script(5 + random.nextInt(40)).toString()
                    .getBytes(StandardCharsets.UTF_8);
            ScriptExecution.Outcome memory = ScriptExecution.execute(script, new InMemoryWorkspaces());
            ScriptExecution.Outcome database = ScriptExecution.execute(script, onDb);
            assertThat(database.exitCode()).as("seed %d on %s", seed, db).isEqualTo(memory.exitCode());
            assertThat(database.json()).as("seed %d on %s", seed, db).isEqualTo(memory.json());
        }
    }
}
