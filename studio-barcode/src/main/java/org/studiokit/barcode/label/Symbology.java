package org.studiokit.barcode.label;

import com.google.zxing.BarcodeFormat;

/** The barcode symbologies a label can use (BAR-2). */
public enum Symbology {
    /** Linear Code 128, the default: read by every handheld scanner. */
    CODE_128(BarcodeFormat.CODE_128, 10),
    /** QR code: for camera scanning and small square labels. */
    QR(BarcodeFormat.QR_CODE, 4);

    private final BarcodeFormat format;
    private final int quietZone;

    Symbology(BarcodeFormat format, int quietZone) {
        this.format = format;
        this.quietZone = quietZone;
    }

    /** @return the ZXing format */
    BarcodeFormat format() {
        return format;
    }

    /** @return the quiet zone its standard asks for, in modules (10 for Code 128, 4 for QR) */
    public int defaultQuietZone() {
        return quietZone;
    }
}
