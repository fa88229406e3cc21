package org.studiokit.barcode.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.RecordType;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("BAR-2 label rendering")
class LabelRendererTest {
    private static final BarcodePayload INVOICE = BarcodePayload.of(RecordType.INVOICE, 1042);
    private static final Pattern RECT = Pattern.compile(
            "<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"/>");

    private final LabelRenderer renderer = new LabelRenderer();

    @Test
    void BAR2_the_image_is_the_label_size_in_millimetres_at_the_printer_dpi() {
        assertThat(size(renderer.image(INVOICE, LabelSpec.defaults()))).containsExactly(400, 200);
        assertThat(size(renderer.image(INVOICE, LabelSpec.defaults().withDpi(300)))).containsExactly(591, 295);
        assertThat(size(renderer.image(INVOICE, LabelSpec.qr()))).containsExactly(200, 240);
        assertThat(size(renderer.image(INVOICE, LabelSpec.defaults().withSize(101.6, 25.4).withDpi(600))))
                .containsExactly(2400, 600);
    }

    @Test
    void BAR2_code_128_bars_are_whole_multiples_of_a_whole_pixel_module_with_the_quiet_zone_kept() {
        for (int dpi : new int[] {203, 300, 600}) {
            LabelSpec spec = LabelSpec.defaults().withDpi(dpi);
            BufferedImage image = renderer.image(BarcodePayload.of(RecordType.PRODUCTION_ORDER, 123_456_789L), spec);
            List<int[]> runs = runs(image, image.getHeight() / 3);
            int module = runs.stream().skip(1).limit(runs.size() - 2L).mapToInt(r -> r[1]).min().orElseThrow();
            assertThat(module).as("module at %d dpi", dpi).isGreaterThanOrEqualTo(1);
            runs.stream().skip(1).limit(runs.size() - 2L)
                    .forEach(r -> assertThat(r[1] % module).as("run width at %d dpi", dpi).isZero());
            assertThat(runs.get(0)[1]).as("left quiet zone").isGreaterThanOrEqualTo(10 * module);
            assertThat(runs.get(runs.size() - 1)[1]).as("right quiet zone").isGreaterThanOrEqualTo(10 * module);
            assertThat(runs.get(0)[2]).as("the label starts light").isZero();
        }
    }

    @Test
    void BAR2_the_module_grows_with_the_dpi_instead_of_the_image_being_scaled() {
        int at203 = narrowestBar(renderer.image(INVOICE, LabelSpec.defaults()));
        int at600 = narrowestBar(renderer.image(INVOICE, LabelSpec.defaults().withDpi(600)));
        assertThat(at600).isGreaterThan(at203);
        assertThat(at203).isGreaterThanOrEqualTo(1);
    }

    @Test
    void BAR2_the_png_records_its_dpi_so_it_prints_at_the_label_size() throws Exception {
        byte[] png = renderer.png(INVOICE, LabelSpec.defaults().withDpi(300));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            assertThat(phys.getLength()).isEqualTo(1);
            Element node = (Element) phys.item(0);
            assertThat(node.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
            assertThat(node.getAttribute("unitSpecifier")).isEqualTo("meter");
            reader.dispose();
        }
    }

    @Test
    void BAR2_the_svg_has_the_physical_size_the_same_bars_as_the_png_and_the_text_under_them() {
        LabelSpec spec = LabelSpec.defaults();
        String svg = renderer.svg(INVOICE, spec);
        assertThat(svg).contains("width=\"50mm\" height=\"25mm\" viewBox=\"0 0 400 200\"")
                .contains(">I1042</text>");
        BufferedImage image = renderer.image(INVOICE, spec);
        List<int[]> svgBars = new ArrayList<>();
        Matcher m = RECT.matcher(svg);
        int textY = Integer.parseInt(svg.replaceAll("(?s).*<text x=\"\\d+\" y=\"(\\d+)\".*", "$1"));
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int h = Integer.parseInt(m.group(4));
            svgBars.add(new int[] {x, Integer.parseInt(m.group(3))});
            assertThat(y + h).as("bars end above the text").isLessThan(textY);
        }
        List<int[]> pngBars = runs(image, image.getHeight() / 3).stream().filter(r -> r[2] == 1)
                .map(r -> new int[] {r[0], r[1]}).toList();
        assertThat(svgBars).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(pngBars);
    }

    @Test
    void BAR2_human_readable_text_can_be_turned_off() {
        assertThat(renderer.svg(INVOICE, LabelSpec.defaults().withHumanReadable(false))).doesNotContain("<text");
        BufferedImage image = renderer.image(INVOICE, LabelSpec.defaults().withHumanReadable(false));
        int lastRow = image.getHeight() - 2;
        assertThat(runs(image, lastRow)).hasSize(1); // nothing but white at the bottom
    }

    @Test
    void BAR2_qr_modules_are_square_whole_pixels() {
        String svg = renderer.svg(INVOICE, LabelSpec.qr());
        Matcher m = RECT.matcher(svg);
        int module = -1;
        while (m.find()) {
            int w = Integer.parseInt(m.group(3));
            int h = Integer.parseInt(m.group(4));
            if (module < 0) {
                module = h;
            }
            assertThat(h).isEqualTo(module);
            assertThat(w % module).isZero();
        }
        assertThat(module).isGreaterThanOrEqualTo(1);
    }

    @Test
    void BAR2_a_label_too_narrow_for_the_payload_is_refused_naming_the_width_it_needs() {
        LabelSpec tiny = LabelSpec.defaults().withSize(10, 25);
        assertThatThrownBy(() -> renderer.png(BarcodePayload.of(RecordType.CLIENT, BarcodePayload.MAX_NUMBER), tiny))
                .isInstanceOfSatisfying(StudioException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.getMessage()).contains("at least").contains("mm");
                });
        assertThatThrownBy(() -> renderer.svg(INVOICE, LabelSpec.qr().withSize(3, 3)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    @Test
    void BAR2_a_label_too_low_for_readable_bars_is_refused() {
        assertThatThrownBy(() -> renderer.png(INVOICE, LabelSpec.defaults().withSize(50, 6)))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    @Test
    void BAR2_a_spec_refuses_impossible_sizes_and_resolutions() {
        assertThatThrownBy(() -> LabelSpec.defaults().withDpi(10)).isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> LabelSpec.defaults().withSize(0, 20)).isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> LabelSpec.defaults().withSize(20, Double.NaN)).isInstanceOf(StudioException.class);
        assertThatThrownBy(() -> LabelSpec.defaults().withQuietZone(-1)).isInstanceOf(StudioException.class);
    }

    @Test
    void BAR2_switching_symbology_takes_its_standard_quiet_zone() {
        assertThat(LabelSpec.defaults().withSymbology(Symbology.QR).quietZoneModules()).isEqualTo(4);
        assertThat(LabelSpec.qr().withSymbology(Symbology.CODE_128).quietZoneModules()).isEqualTo(10);
        assertThat(LabelSpec.defaults().symbology()).isEqualTo(Symbology.CODE_128);
    }

    @Test
    void BAR2_rendering_is_deterministic() {
        assertThat(renderer.svg(INVOICE, LabelSpec.defaults())).isEqualTo(renderer.svg(INVOICE, LabelSpec.defaults()));
        assertThat(renderer.png(INVOICE, LabelSpec.qr())).isEqualTo(renderer.png(INVOICE, LabelSpec.qr()));
    }

    private static int[] size(BufferedImage image) {
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static int narrowestBar(BufferedImage image) {
        return runs(image, image.getHeight() / 3).stream().filter(r -> r[2] == 1).mapToInt(r -> r[1]).min()
                .orElseThrow();
    }

    /** @return runs of one colour along a row: {start, length, dark ? 1 : 0} */
    private static List<int[]> runs(BufferedImage image, int y) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        boolean dark = isDark(image, 0, y);
        for (int x = 1; x <= image.getWidth(); x++) {
            boolean d = x < image.getWidth() && isDark(image, x, y);
            if (x == image.getWidth() || d != dark) {
                runs.add(new int[] {start, x - start, dark ? 1 : 0});
                start = x;
                dark = d;
            }
        }
        return runs;
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) < 128;
    }
}
