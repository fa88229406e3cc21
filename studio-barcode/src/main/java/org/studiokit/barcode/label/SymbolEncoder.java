package org.studiokit.barcode.label;

import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;

/** Encodes text as a bare symbol: one matrix cell per module, no quiet zone (the layout adds it). */
final class SymbolEncoder {
    private SymbolEncoder() {
    }

    /** @return the symbol's modules: one row for Code 128, a square for QR */
    static BitMatrix encode(String text, Symbology symbology) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        if (symbology == Symbology.QR) {
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        }
        try {
            return new MultiFormatWriter().encode(text, symbology.format(), 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + text + " as " + symbology, e);
        }
    }
}
