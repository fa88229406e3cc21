package org.studiokit.examples.print;

import java.awt.image.BufferedImage;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.barcode.label.LabelRenderer;
import org.studiokit.barcode.label.LabelSpec;
import org.studiokit.barcode.label.Symbology;

/**
 * A record's Code 128 barcode on a printout (BAR-2): the label of studio-barcode, 60 × 18 mm at 300 DPI with the
 * payload under the bars, placed at its physical size, so a page printed or rendered at 300 DPI keeps every bar on
 * whole dots.
 */
final class BarcodeBlock {
    /** The label's size and resolution. */
    static final LabelSpec SPEC = LabelSpec.defaults().withSymbology(Symbology.CODE_128).withSize(60, 18).withDpi(300);

    private BarcodeBlock() {
    }

    /** Draws the payload's label below what the page holds so far. */
    static void draw(PageWriter page, BarcodePayload payload) {
        BufferedImage image = new LabelRenderer().image(payload, SPEC);
        float width = image.getWidth() * 72f / SPEC.dpi();
        float height = image.getHeight() * 72f / SPEC.dpi();
        page.image(image, width, height);
    }
}
