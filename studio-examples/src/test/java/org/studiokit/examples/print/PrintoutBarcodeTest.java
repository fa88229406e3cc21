package org.studiokit.examples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.barcode.decode.BarcodeDecoder;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.examples.testing.Zbarimg;

/** BAR-2 on printouts: page 1 rendered at 300 DPI decodes to the record's payload (ZXing and zbarimg). */
class PrintoutBarcodeTest {
    private static Workspace books;

    @TempDir
    Path dir;

    @BeforeAll
    static void fill() {
        books = PrintFixture.books();
    }

    private static Printouts printouts(BarcodeOptions options) {
        return new Printouts(books.studio(), books.books().reports(), options, "Lumen Portraits");
    }

    @Test
    @DisplayName("§13 BAR-2 BAR-3 print: the invoice's I barcode and the work order's P barcode decode with ZXing"
            + " from page 1 rendered at 300 DPI")
    void barcodes_decode_with_zxing() {
        Printouts p = printouts(Printouts.STUDIO_BARCODES);
        BarcodeDecoder decoder = new BarcodeDecoder();
        assertThat(decoder.decode(PrintFixture.page1(p.invoice(1042), 300))).isEqualTo("I1042");
        assertThat(decoder.decode(PrintFixture.page1(p.invoice(1044), 300))).isEqualTo("I1044");
        assertThat(decoder.decode(PrintFixture.page1(p.workOrder(700), 300))).isEqualTo("P700");
        assertThat(decoder.decode(PrintFixture.page1(p.workOrder(701), 300))).isEqualTo("P701");
    }

    @Test
    @DisplayName("§13 BAR-2 print: no barcode when the studio's options leave that printout without one, nor on a"
            + " statement")
    void options_decide_which_printouts_carry_barcodes() {
        BarcodeDecoder decoder = new BarcodeDecoder();
        Printouts ordersOnly = printouts(new BarcodeOptions(true, true, false, true));
        assertThatThrownBy(() -> decoder.decode(PrintFixture.page1(ordersOnly.invoice(1042), 300)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BARCODE));
        assertThat(decoder.decode(PrintFixture.page1(ordersOnly.workOrder(700), 300))).isEqualTo("P700");
        Printouts none = printouts(BarcodeOptions.none());
        assertThatThrownBy(() -> decoder.decode(PrintFixture.page1(none.workOrder(700), 300)))
                .isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> decoder.decode(PrintFixture.page1(printouts(BarcodeOptions.all())
                .statement(100, LocalDate.of(2026, 3, 31)), 300))).isInstanceOf(StudioException.class);
    }

    @Test
    @DisplayName("§13 BAR-2 print: zbarimg reads the invoice's and the work order's barcodes from page 1 at 300 DPI")
    void barcodes_decode_with_zbarimg() throws Exception {
        Printouts p = printouts(Printouts.STUDIO_BARCODES);
        assertThat(zbar(PrintFixture.page1(p.invoice(1042), 300), "invoice")).isEqualTo("I1042");
        assertThat(zbar(PrintFixture.page1(p.workOrder(700), 300), "order")).isEqualTo("P700");
    }

    private String zbar(BufferedImage page, String name) throws Exception {
        Path png = dir.resolve(name + ".png");
        ImageIO.write(page, "png", png.toFile());
        return Zbarimg.read(png);
    }
}
