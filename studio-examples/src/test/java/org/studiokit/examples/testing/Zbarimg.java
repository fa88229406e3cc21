package org.studiokit.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.studiokit.testkit.peer.ExternalProgram;

/** Reads a barcode image with the real {@code zbarimg} (zbar-tools): skipped when missing, failed under CI=true. */
public final class Zbarimg {
    private Zbarimg() {
    }

    /**
     * @param png a PNG image holding one barcode
     * @return the payload zbarimg reads from it
     * @throws Exception when the process cannot run
     */
    public static String read(Path png) throws Exception {
        Path zbarimg = ExternalProgram.require("zbarimg", "zbar-tools");
        File err = File.createTempFile("zbarimg", ".err");
        try {
            Process process = new ProcessBuilder(zbarimg.toString(), "-q", "--raw", png.toString())
                    .redirectError(err).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("zbarimg %s: %s %s", png, out, Files.readString(err.toPath()))
                    .isZero();
            return out.strip();
        } finally {
            Files.deleteIfExists(err.toPath());
        }
    }
}
