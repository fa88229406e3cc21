package org.studiokit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** EXP-2 EXP-3 {@code studio run --out DIR}: export steps write their files there, named as SPEC §13 says. */
class ExportOutTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @DisplayName("EXP-2 EXP-3 export files land under --out as batch-N.ID.EXT (or the step's file), with the sha256 the"
            + " step reports, byte-identical on a second run")
    void filesUnderOut() throws Exception {
        CliRun run = CliRun.of("run", "scenarios/exports.json", "--out", first.toString());
        assertThat(run.exit()).as(run.stderr()).isZero();
        JsonNode steps = JsonMapper.builder().build().readTree(run.stdout()).get("steps");
        int files = 0;
        for (JsonNode step : steps) {
            if (step.get("op").stringValue().equals("export") && step.get("ok").booleanValue()) {
                JsonNode r = step.get("result");
                String name = r.get("file").stringValue();
                assertThat(name).matches(r.get("format").stringValue().equals("ledger") ? "march\\.journal"
                        : "batch-1\\." + r.get("format").stringValue() + "\\.(iif|json|csv|txt|journal|beancount)");
                assertThat(sha256(Files.readAllBytes(first.resolve(name)))).isEqualTo(r.get("sha256").stringValue());
                files++;
            }
        }
        assertThat(files).isEqualTo(10);
        CliRun again = CliRun.of("run", "scenarios/exports.json", "--out", second.toString());
        assertThat(again.stdout()).isEqualTo(run.stdout());
        try (var list = Files.list(first)) {
            for (Path p : list.toList()) {
                assertThat(Files.readAllBytes(second.resolve(p.getFileName()))).as(p.toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    @Test
    @DisplayName("EXP-2 without --out an export step writes nothing and still reports its file name")
    void noOut() throws IOException {
        CliRun run = CliRun.of("run", "scenarios/exports.json");
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("\"file\": \"batch-1.qbo.json\"");
        assertThat(Files.exists(Path.of("batch-1.qbo.json"))).isFalse();
    }
}
