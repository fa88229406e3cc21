package org.studiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} (found through picocli's {@link CommandSpec}, so a command added later is covered
 * too) shows an example and the exit codes (SPEC §13).
 */
class HelpTextTest {
    @Test
    @DisplayName("§13 every command's --help shows an Example: line 'studio <command> …' and the exit codes 0, 1, 2, 3")
    void every_command_has_an_example_and_the_exit_codes() {
        List<String> commands = commands();
        assertThat(commands).contains("run", "demo", "report", "post", "export", "unlock", "close-period", "scan",
                "label", "print", "help");
        for (String command : commands) {
            CliRun help = CliRun.of((command + " --help").split(" "));
            String text = help.stdout();
            assertThat(help.exit()).as(command + ": " + help).isZero();
            List<String> lines = Arrays.asList(text.split("\n"));
            int example = lines.indexOf("Example:");
            assertThat(example).as("%s --help has an 'Example:' line:%n%s", command, text).isNotNegative();
            assertThat(lines.subList(example + 1, lines.size())).as("%s --help examples:%n%s", command, text)
                    .anySatisfy(l -> assertThat(l).startsWith("  studio " + command + " "));
            int codes = lines.indexOf("Exit codes:");
            assertThat(codes).as("%s --help lists the exit codes:%n%s", command, text).isNotNegative();
            for (String code : List.of("0", "1", "2", "3")) {
                assertThat(lines.subList(codes + 1, lines.size())).as("%s --help: exit code %s", command, code)
                        .anySatisfy(l -> assertThat(l.strip()).matches(code + "\\s+\\S.*"));
            }
        }
    }

    @Test
    @DisplayName("§13 scan --help also lists 130 (Ctrl-C); run's and demo's 1 say what it means for them")
    void command_specific_exit_codes() {
        assertThat(CliRun.of("scan", "--help").stdout()).containsPattern("\\n\\s+130\\s+interrupted by Ctrl-C");
        assertThat(CliRun.of("run", "--help").stdout())
                .containsPattern("\\n\\s+1\\s+a step did not meet its expectation")
                .containsPattern("\\n\\s+3\\s+internal error");
        assertThat(CliRun.of("demo", "--help").stdout()).containsPattern("\\n\\s+1\\s+refused \\(PERIOD_CLOSED")
                .contains("the demo's books did not check out");
        assertThat(CliRun.of("report", "--help").stdout()).containsPattern("\\n\\s+1\\s+refused by a business rule")
                .doesNotContain("130");
    }

    @Test
    @DisplayName("§13 a command's --help and its errors are the same when the command line is built with that command only")
    void a_command_built_alone_reads_and_prints_as_among_all() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine root = StudioCommand.commandLine(sink, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        for (String command : root.getSubcommands().keySet()) {
            assertThat(CliRun.of(command, "--help").stdout()).as(command)
                    .isEqualTo(root.getSubcommands().get(command).getUsageMessage());
        }
        CliRun missing = CliRun.of("run");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).isEqualTo("Missing required parameter: 'SCRIPT.json'\n"
                + root.getSubcommands().get("run").getUsageMessage());
        assertThat(CliRun.of("--help").stdout()).isEqualTo(root.getUsageMessage());
    }

    /** @return every subcommand's name, at any depth ("a b" for b under a), without aliases */
    private static List<String> commands() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine root = StudioCommand.commandLine(sink, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> names = new ArrayList<>();
        collect(root.getCommandSpec(), "", names);
        return names;
    }

    private static void collect(CommandSpec spec, String prefix, List<String> names) {
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct().forEach(sub -> {
            names.add(prefix + sub.name());
            collect(sub, prefix + sub.name() + " ", names);
        });
    }
}
