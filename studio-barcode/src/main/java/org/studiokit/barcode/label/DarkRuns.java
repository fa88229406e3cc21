package org.studiokit.barcode.label;

import com.google.zxing.common.BitMatrix;

/** Walks a symbol's rows and hands each run of dark modules to a sink as a rectangle in label dots. */
final class DarkRuns {
    /** Receives one dark rectangle. */
    @FunctionalInterface
    interface Sink {
        void rectangle(int x, int y, int width, int height);
    }

    private DarkRuns() {
    }

    static void each(BitMatrix symbol, LabelLayout layout, Sink sink) {
        for (int row = 0; row < symbol.getHeight(); row++) {
            int col = 0;
            while (col < symbol.getWidth()) {
                if (!symbol.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < symbol.getWidth() && symbol.get(col, row)) {
                    col++;
                }
                sink.rectangle(layout.symbolX() + start * layout.module(), layout.symbolY() + row * layout.rowHeight(),
                        (col - start) * layout.module(), layout.rowHeight());
            }
        }
    }
}
