package org.studiokit.barcode.label;

import com.google.zxing.common.BitMatrix;
import java.util.Locale;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Where everything sits on a label, in printer dots. Modules are whole dots: the module size is the largest
 * integer that fits the symbol and its quiet zone in the label, so nothing is ever resampled.
 *
 * @param width       label width
 * @param height      label height
 * @param module      module size (bar unit) in dots
 * @param symbolX     left edge of the first module
 * @param symbolY     top edge of the first row
 * @param rowHeight   height of one matrix row (the bar height for Code 128, the module for QR)
 * @param fontSize    text size in dots, 0 without text
 * @param textBaseline text baseline, 0 without text
 */
record LabelLayout(int width, int height, int module, int symbolX, int symbolY, int rowHeight, int fontSize,
        int textBaseline) {

    /** Advance of one monospaced character as a share of the font size. */
    static final double MONO_ADVANCE = 0.6;
    private static final double TEXT_MM = 2.5;
    private static final double MIN_BAR_MM = 3.0;

    /** @return the layout of a symbol with a text of the given length on a label */
    static LabelLayout of(BitMatrix symbol, LabelSpec spec, int textLength) {
        int w = spec.widthPixels();
        int h = spec.heightPixels();
        int font = spec.humanReadable() ? fontSize(spec, w, h, textLength) : 0;
        int pad = Math.max(1, font / 4);
        int textBlock = font > 0 ? font + 2 * pad : 0;
        int symbolArea = h - textBlock;
        int cols = symbol.getWidth() + 2 * spec.quietZoneModules();
        int baseline = font > 0 ? symbolArea + (int) Math.round((textBlock + 0.72 * font) / 2) : 0;
        if (spec.symbology() == Symbology.QR) {
            int module = Math.min(w, symbolArea) / cols;
            refuseIfTooSmall(module < 1, spec, cols);
            int side = symbol.getWidth() * module;
            return new LabelLayout(w, h, module, (w - side) / 2, (symbolArea - side) / 2, module, font, baseline);
        }
        int module = w / cols;
        refuseIfTooSmall(module < 1, spec, cols);
        int margin = spec.pixels(1.0);
        int barHeight = symbolArea - (font > 0 ? margin : 2 * margin);
        if (barHeight < spec.pixels(MIN_BAR_MM)) {
            throw new StudioException(ErrorCode.VALIDATION, String.format(Locale.ROOT,
                    "a %.1f mm high label leaves less than %.0f mm of bars", spec.heightMm(), MIN_BAR_MM),
                    "heightMm", spec.heightMm());
        }
        int barsWidth = symbol.getWidth() * module;
        return new LabelLayout(w, h, module, (w - barsWidth) / 2, margin, barHeight, font, baseline);
    }

    private static int fontSize(LabelSpec spec, int w, int h, int textLength) {
        int preferred = spec.pixels(TEXT_MM);
        int fitsWidth = (int) Math.floor(w * 0.9 / (MONO_ADVANCE * Math.max(1, textLength)));
        return Math.max(1, Math.min(Math.min(preferred, fitsWidth), h / 4));
    }

    private static void refuseIfTooSmall(boolean tooSmall, LabelSpec spec, int cols) {
        if (tooSmall) {
            double needMm = cols * 25.4 / spec.dpi();
            throw new StudioException(ErrorCode.VALIDATION, String.format(Locale.ROOT,
                    "the label is too small for this barcode at %d DPI: it needs at least %.1f mm for %d modules",
                    spec.dpi(), needMm, cols), "dpi", spec.dpi(), "neededMm", needMm);
        }
    }
}
