package org.studiokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.decode.BarcodeDecoder;

/** {@code studio label} through {@code java -jar studio.jar} (BAR-2): labels decode to their payloads. */
class LabelIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("§13 BAR-2 label: Code 128 PNG and QR labels decode to their payloads, SVG carries the text;"
            + " unknown records and bad payloads are refused, a bad format is bad usage")
    void labels_decode_to_their_payloads() throws Exception {
        String url = Jar.h2(dir);
        Jar.fill(dir, url);
        Jar png = Jar.run(dir, "label", "I1042", "p700", "C101", "--out", "labels", "--db", url);
        assertThat(png.exit()).as(png.toString()).isZero();
        BarcodeDecoder decoder = new BarcodeDecoder();
        for (String payload : new String[] {"I1042", "P700", "C101"}) {
            Path file = dir.resolve("labels").resolve(payload + ".png");
            assertThat(png.stdout()).contains("Wrote " + Path.of("labels", payload + ".png"));
            assertThat(decoder.decode(Files.readAllBytes(file))).isEqualTo(payload);
        }
        Jar qr = Jar.run(dir, "label", "P701", "--symbology", "qr", "--out", "qr", "--db", url);
        assertThat(qr.exit()).as(qr.toString()).isZero();
        assertThat(decoder.decode(Files.readAllBytes(dir.resolve("qr/P701.png")))).isEqualTo("P701");
        Jar svg = Jar.run(dir, "label", "I1043", "--format", "svg", "--out", "svg", "--db", url);
        assertThat(svg.exit()).as(svg.toString()).isZero();
        assertThat(Files.readString(dir.resolve("svg/I1043.svg"))).startsWith("<").contains("<svg")
                .contains("I1043");

        Jar missing = Jar.run(dir, "label", "P9999", "--out", "none", "--db", url);
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(1);
        assertThat(missing.stderr()).contains("studio label: refused: NOT_FOUND");
        assertThat(Files.exists(dir.resolve("none"))).isFalse();
        Jar bad = Jar.run(dir, "label", "X12", "--db", url);
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.stderr()).contains("refused: INVALID_BARCODE");
        Jar usage = Jar.run(dir, "label", "I1042", "--format", "gif", "--db", url);
        assertThat(usage.exit()).isEqualTo(2);
    }
}
