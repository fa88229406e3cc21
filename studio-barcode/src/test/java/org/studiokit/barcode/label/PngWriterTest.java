package org.studiokit.barcode.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;

@DisplayName("BAR-2 label PNG files")
class PngWriterTest {
    private static final List<LabelSpec> SPECS = List.of(LabelSpec.defaults(), LabelSpec.defaults().withDpi(300),
            LabelSpec.defaults().withHumanReadable(false), LabelSpec.defaults().withSize(40, 12), LabelSpec.qr(),
            LabelSpec.qr().withDpi(300), LabelSpec.qr().withHumanReadable(false));

    private final LabelRenderer renderer = new LabelRenderer();

    private static List<BarcodePayload> payloads() {
        List<BarcodePayload> payloads = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            for (long n = 1; n < 200_000_000L; n = n * 13 + 7) {
                payloads.add(BarcodePayload.of(type, n));
            }
        }
        payloads.add(BarcodePayload.of(RecordType.INVOICE, 99_999_999L));
        return payloads;
    }

    @Test
    void BAR2_imageio_reads_the_png_to_exactly_the_pixels_of_the_drawn_label_and_of_the_imageio_encoding() throws Exception {
        int compared = 0;
        for (LabelSpec spec : SPECS) {
            for (BarcodePayload payload : payloads()) {
                BufferedImage drawn = renderer.image(payload, spec);
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(renderer.png(payload, spec)));
                BufferedImage viaImageIo = ImageIO.read(new ByteArrayInputStream(imageIoPng(drawn)));
                assertThat(read.getType()).as("8-bit grey").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
                assertThat(pixels(read)).as("%s %s", payload, spec).isEqualTo(pixels(drawn))
                        .isEqualTo(pixels(viaImageIo));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void BAR2_the_png_is_well_formed_every_chunk_with_its_crc_and_the_label_header() {
        LabelSpec spec = LabelSpec.defaults();
        byte[] png = renderer.png(BarcodePayload.of(RecordType.CLIENT, 77), spec);
        BufferedImage drawn = renderer.image(BarcodePayload.of(RecordType.CLIENT, 77), spec);
        ByteBuffer in = ByteBuffer.wrap(png);
        assertThat(in.getLong()).isEqualTo(0x89504E470D0A1A0AL);
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertThat(in.getInt()).as("CRC of %s", type).isEqualTo((int) crc.getValue());
            types.add(type);
            if (type.equals("IHDR")) {
                ByteBuffer h = ByteBuffer.wrap(typeAndData, 4, length);
                assertThat(new int[] {h.getInt(), h.getInt(), h.get(), h.get(), h.get(), h.get(), h.get()})
                        .containsExactly(drawn.getWidth(), drawn.getHeight(), 8, 0, 0, 0, 0);
            }
        }
        assertThat(types).containsExactly("IHDR", "pHYs", "IDAT", "IEND");
    }

    private static byte[] imageIoPng(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }
}
