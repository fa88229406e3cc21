package org.studiokit.barcode.label;

import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * How a label looks (BAR-2): symbology, size in millimetres, the printer's DPI, whether the payload is printed
 * as text under the symbol, and the quiet zone left and right of the symbol (and around a QR code) in modules.
 *
 * @param symbology        Code 128 (default) or QR
 * @param widthMm          label width in millimetres
 * @param heightMm         label height in millimetres
 * @param dpi              printer resolution in dots per inch (72 to 2400)
 * @param humanReadable    whether the payload is printed under the symbol
 * @param quietZoneModules blank modules kept on each side of the symbol (0 to 100)
 */
public record LabelSpec(Symbology symbology, double widthMm, double heightMm, int dpi, boolean humanReadable,
        int quietZoneModules) {

    /** Validates. */
    public LabelSpec {
        Objects.requireNonNull(symbology, "symbology");
        refuseUnless(widthMm > 0 && widthMm <= 1000, "label width must be above 0 and at most 1000 mm", widthMm);
        refuseUnless(heightMm > 0 && heightMm <= 1000, "label height must be above 0 and at most 1000 mm", heightMm);
        refuseUnless(dpi >= 72 && dpi <= 2400, "DPI must be 72 to 2400", dpi);
        refuseUnless(quietZoneModules >= 0 && quietZoneModules <= 100, "quiet zone must be 0 to 100 modules",
                quietZoneModules);
    }

    /** @return a 50 × 25 mm Code 128 label at 203 DPI with text and a 10-module quiet zone */
    public static LabelSpec defaults() {
        return new LabelSpec(Symbology.CODE_128, 50, 25, 203, true, Symbology.CODE_128.defaultQuietZone());
    }

    /** @return a 25 × 30 mm QR label at 203 DPI with text and a 4-module quiet zone */
    public static LabelSpec qr() {
        return new LabelSpec(Symbology.QR, 25, 30, 203, true, Symbology.QR.defaultQuietZone());
    }

    /** @return this spec with another symbology and that symbology's default quiet zone */
    public LabelSpec withSymbology(Symbology value) {
        return new LabelSpec(value, widthMm, heightMm, dpi, humanReadable, value.defaultQuietZone());
    }

    /** @return this spec with another size in millimetres */
    public LabelSpec withSize(double width, double height) {
        return new LabelSpec(symbology, width, height, dpi, humanReadable, quietZoneModules);
    }

    /** @return this spec at another DPI */
    public LabelSpec withDpi(int value) {
        return new LabelSpec(symbology, widthMm, heightMm, value, humanReadable, quietZoneModules);
    }

    /** @return this spec with the human-readable text on or off */
    public LabelSpec withHumanReadable(boolean value) {
        return new LabelSpec(symbology, widthMm, heightMm, dpi, value, quietZoneModules);
    }

    /** @return this spec with another quiet zone */
    public LabelSpec withQuietZone(int modules) {
        return new LabelSpec(symbology, widthMm, heightMm, dpi, humanReadable, modules);
    }

    /** @return the label width in printer dots */
    public int widthPixels() {
        return pixels(widthMm);
    }

    /** @return the label height in printer dots */
    public int heightPixels() {
        return pixels(heightMm);
    }

    /** @return a length in millimetres as printer dots at this DPI, rounded to the nearest dot (at least 1) */
    public int pixels(double mm) {
        return (int) Math.max(1, Math.round(mm * dpi / 25.4));
    }

    private static void refuseUnless(boolean ok, String message, Object value) {
        if (!ok) {
            throw new StudioException(ErrorCode.VALIDATION, message + " (was " + value + ")", "value", value);
        }
    }
}
