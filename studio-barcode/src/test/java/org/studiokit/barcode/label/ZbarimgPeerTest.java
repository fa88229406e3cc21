package org.studiokit.barcode.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.barcode.decode.BarcodeDecoder;
import org.studiokit.testkit.peer.ExternalProgram;

/**
 * BAR-2/BAR-3 against a real peer: labels rendered here are read by zbarimg (the zbar command-line reader) and by
 * ZXing. zbarimg reads many files in one call and prints one line per decoded file, in argument order, which
 * keeps the test fast.
 */
@DisplayName("BAR-2/BAR-3 labels read by zbarimg and ZXing")
class ZbarimgPeerTest {
    private static final int PAYLOADS_PER_TYPE = 200;
    private static final int FILES_PER_CALL = 200;
    private static final long SEED = 20261125L;

    @TempDir
    Path dir;

    record Label(Path file, String payload, LabelSpec spec) {
    }

    @Test
    void BAR2_every_record_type_in_code_128_and_qr_at_203_and_300_dpi_reads_back_exactly() throws Exception {
        Path zbarimg = ExternalProgram.require("zbarimg", "zbar-tools");
        List<BarcodePayload> payloads = payloads();
        List<LabelSpec> specs = List.of(LabelSpec.defaults(), LabelSpec.defaults().withDpi(300), LabelSpec.qr(),
                LabelSpec.qr().withDpi(300));
        List<Label> labels = render(payloads, specs);
        assertThat(labels).hasSize(payloads.size() * specs.size()).hasSizeGreaterThanOrEqualTo(3200);

        List<List<Label>> chunks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += FILES_PER_CALL) {
            chunks.add(labels.subList(i, Math.min(labels.size(), i + FILES_PER_CALL)));
        }
        List<String> failures = chunks.parallelStream().flatMap(chunk -> readChunk(zbarimg, chunk).stream()).toList();
        assertThat(failures).as("labels zbarimg did not read back exactly").isEmpty();

        BarcodeDecoder decoder = new BarcodeDecoder();
        List<String> zxingFailures = labels.parallelStream().filter(label -> {
            try {
                return !decoder.decode(Files.readAllBytes(label.file())).equals(label.payload());
            } catch (IOException | RuntimeException e) {
                return true;
            }
        }).map(Label::toString).toList();
        assertThat(zxingFailures).as("labels ZXing did not read back exactly").isEmpty();
    }

    private static List<BarcodePayload> payloads() {
        Random random = new Random(SEED);
        List<BarcodePayload> payloads = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            payloads.add(BarcodePayload.of(type, 1));
            payloads.add(BarcodePayload.of(type, BarcodePayload.MAX_NUMBER));
            for (int i = 2; i < PAYLOADS_PER_TYPE; i++) {
                int digits = 1 + random.nextInt(BarcodePayload.MAX_DIGITS);
                long bound = (long) Math.pow(10, digits);
                long number = 1 + Math.floorMod(random.nextLong(), bound - 1);
                payloads.add(BarcodePayload.of(type, Math.min(number, BarcodePayload.MAX_NUMBER)));
            }
        }
        return payloads;
    }

    private List<Label> render(List<BarcodePayload> payloads, List<LabelSpec> specs) {
        LabelRenderer renderer = new LabelRenderer();
        return IntStream.range(0, payloads.size() * specs.size()).parallel().mapToObj(i -> {
            BarcodePayload payload = payloads.get(i / specs.size());
            LabelSpec spec = specs.get(i % specs.size());
            Path file = dir.resolve(String.format("label-%05d.png", i));
            try {
                Files.write(file, renderer.png(payload, spec));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new Label(file, payload.encode(), spec);
        }).toList();
    }

    /** @return a description of every label of the chunk that zbarimg did not read back exactly */
    private static List<String> readChunk(Path zbarimg, List<Label> chunk) {
        List<String> command = new ArrayList<>(List.of(zbarimg.toString(), "-q", "--raw"));
        chunk.forEach(label -> command.add(label.file().toString()));
        List<String> lines = run(command);
        List<String> failures = new ArrayList<>();
        if (lines.size() != chunk.size()) {
            // one call per file to name the unreadable ones
            for (Label label : chunk) {
                List<String> one = run(List.of(zbarimg.toString(), "-q", "--raw", label.file().toString()));
                if (one.size() != 1 || !one.get(0).trim().equals(label.payload())) {
                    failures.add(label + " read as " + one);
                }
            }
            return failures;
        }
        for (int i = 0; i < chunk.size(); i++) {
            if (!lines.get(i).trim().equals(chunk.get(i).payload())) {
                failures.add(chunk.get(i) + " read as " + lines.get(i));
            }
        }
        return failures;
    }

    private static List<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("zbarimg did not finish");
            }
            return out.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
