package org.studiokit.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.StudioCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The whole-process part of the workload, once, on small books (figures are reported, never asserted). */
class WorkloadTest {

    @Test
    void timesStudioAndEveryInstalledPeerOnTheSameBooks(@TempDir Path work) throws Exception {
        Figures figures = new Figures();
        List<String> studio = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StudioCommand.class.getName());
        List<Tool> tools = Tool.available(studio);
        new WholeProcess(figures, tools, 1, work).measure(300);
        for (Tool t : tools) {
            assertThat(figures.get("run.300." + t.name() + ".wall")).isPositive();
            assertThat(figures.get("run.300." + t.name() + ".rss")).isPositive();
            assertThat(figures.get("run.300." + t.name() + ".cpu")).isNotNegative();
        }
        JsonNode json = new ObjectMapper().readTree(figures.json());
        assertThat(json.get("figures").get("run.300.studio.wall").get("unit").asString()).isEqualTo("s");
    }

    @Test
    void targetsAreJudgedOnlyOnMeasuredFigures() throws Exception {
        Figures figures = new Figures();
        figures.put("run.100000.studio.wall", 2.0, "s");
        figures.put("run.100000.ledger.wall", 2.5, "s");
        figures.put("run.100000.hledger.wall", 5.0, "s");
        figures.put("run.100000.studio.rss", 600, "MiB");
        Targets.judge(figures);
        assertThat(figures.targets()).extracting(Figures.Target::name, Figures.Target::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("run.100000.studio-over-ledger.wall", true),
                org.assertj.core.groups.Tuple.tuple("run.100000.hledger-over-studio.wall", false),
                org.assertj.core.groups.Tuple.tuple("run.100000.studio.rss", false));
        assertThat(figures.get("run.100000.hledger-over-studio.wall")).isEqualTo(2.5);
        JsonNode json = new ObjectMapper().readTree(figures.json());
        assertThat(json.get("targets").size()).isEqualTo(3);
        assertThat(json.get("figures").get("run.100000.studio.rss").get("value").asDouble()).isEqualTo(600);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(WholeProcess.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(WholeProcess.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    }
}
