package org.studiokit.barcode.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.barcode.label.LabelRenderer;
import org.studiokit.barcode.label.LabelSpec;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("BAR-3 decoding from images")
class BarcodeDecoderTest {
    private final BarcodeDecoder decoder = new BarcodeDecoder();
    private final LabelRenderer renderer = new LabelRenderer();

    @Test
    void BAR3_a_code_128_label_decodes_from_png_bytes_and_from_an_image() {
        BarcodePayload payload = BarcodePayload.of(RecordType.SESSION, 31);
        assertThat(decoder.decode(renderer.png(payload, LabelSpec.defaults()))).isEqualTo("S31");
        assertThat(decoder.decode(renderer.image(payload, LabelSpec.defaults()))).isEqualTo("S31");
        assertThat(decoder.decodePayload(renderer.png(payload, LabelSpec.defaults()))).isEqualTo(payload);
    }

    @Test
    void BAR3_a_qr_label_decodes() {
        BarcodePayload payload = BarcodePayload.of(RecordType.PRODUCTION_ORDER, 77);
        assertThat(decoder.decode(renderer.png(payload, LabelSpec.qr()))).isEqualTo("P77");
    }

    @Test
    void BAR3_a_label_pasted_into_a_larger_photo_still_decodes() {
        BufferedImage label = renderer.image(BarcodePayload.of(RecordType.INVOICE, 1042), LabelSpec.defaults());
        BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 190, 170));
        g.fillRect(0, 0, 1200, 900);
        g.drawImage(label, 317, 411, null);
        g.dispose();
        assertThat(decoder.decode(photo)).isEqualTo("I1042");
    }

    @Test
    void BAR3_an_image_without_a_barcode_is_refused_as_invalid_barcode() throws Exception {
        BufferedImage blank = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", out);
        assertThatThrownBy(() -> decoder.decode(out.toByteArray()))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BARCODE));
    }

    @Test
    void BAR3_bytes_that_are_not_an_image_are_refused_as_invalid_barcode() {
        assertThatThrownBy(() -> decoder.decode("not a png".getBytes()))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BARCODE));
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(StudioException.class);
    }
}
