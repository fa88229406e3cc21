package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EXP-1: a host's exporter on the class path is found by ServiceLoader and used like a built-in one. */
class CustomExporterTest {
    @Test
    @DisplayName("EXP-1 a custom exporter on the test class path is found through ServiceLoader and exports a batch")
    void customExporterIsFoundAndUsed() {
        assertThat(ExportFormats.installed().find("tally")).get().isInstanceOf(TallyExporter.class);
        ExportFixture f = ExportFixture.golden();
        Exports exports = Exports.of(f.books, ExportOptions.defaults());
        ExportResult r = exports.export(ExportFixture.OWNER, "tally", 1, false);
        assertThat(r.file()).isEqualTo("batch-1.tally.txt");
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("SK-1-1 ").hasLineCount(r.transactions());
        assertThat(exports.log()).singleElement().satisfies(rec -> assertThat(rec.format()).isEqualTo("tally"));
    }
}
