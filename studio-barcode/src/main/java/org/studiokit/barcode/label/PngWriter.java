package org.studiokit.barcode.label;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes 8-bit grey pixels as a PNG with its DPI recorded (pHYs), so a printer prints it at the size it was laid out
 * for. Chunks: IHDR, pHYs, one IDAT, IEND. A row equal to the one above is written with the PNG "Up" filter (all
 * zero bytes), every other row unfiltered; a label's bar rows are all alike, so they compress to almost nothing and
 * the deflate work is small.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_NONE = 0;
    private static final int FILTER_UP = 2;
    private static final int GREY = 0;
    private static final int BIT_DEPTH = 8;
    private static final int CHUNK_OVERHEAD = 12;
    private static final int IHDR_LENGTH = 13;
    private static final int PHYS_LENGTH = 9;

    private final byte[] buffer;
    private int size;

    private PngWriter(int capacity) {
        buffer = new byte[capacity];
    }

    /**
     * @param pixels grey levels, row by row, {@code width × height} of them
     * @return the PNG bytes
     */
    static byte[] write(byte[] pixels, int width, int height, int dpi) {
        byte[] raw = filtered(pixels, width, height);
        byte[] compressed = new byte[raw.length / 16 + 256];
        int length = 0;
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            while (!deflater.finished()) {
                if (length == compressed.length) {
                    compressed = Arrays.copyOf(compressed, compressed.length * 2);
                }
                length += deflater.deflate(compressed, length, compressed.length - length);
            }
        } finally {
            deflater.end();
        }
        PngWriter out = new PngWriter(SIGNATURE.length + 3 * CHUNK_OVERHEAD + IHDR_LENGTH + PHYS_LENGTH + length
                + CHUNK_OVERHEAD);
        out.header(width, height, dpi);
        out.chunk("IDAT", compressed, length);
        out.chunk("IEND", compressed, 0);
        return out.buffer;
    }

    /** @return the image data before compression: per row a filter byte, then the row (PNG filter method 0) */
    private static byte[] filtered(byte[] pixels, int width, int height) {
        int stride = width + 1;
        byte[] raw = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int from = y * width;
            boolean likeAbove = y > 0 && Arrays.equals(pixels, from - width, from, pixels, from, from + width);
            if (likeAbove) {
                raw[y * stride] = FILTER_UP; // Up: each byte minus the one above, all zeros (already)
            } else {
                raw[y * stride] = FILTER_NONE;
                System.arraycopy(pixels, from, raw, y * stride + 1, width);
            }
        }
        return raw;
    }

    private void header(int width, int height, int dpi) {
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        byte[] ihdr = new byte[IHDR_LENGTH];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = BIT_DEPTH;
        ihdr[9] = GREY; // compression, filter method and interlace (bytes 10-12) are 0
        chunk("IHDR", ihdr, ihdr.length);
        int perMetre = (int) Math.round(dpi / 0.0254);
        byte[] phys = new byte[PHYS_LENGTH];
        putInt(phys, 0, perMetre);
        putInt(phys, 4, perMetre);
        phys[8] = 1; // unit: metre
        chunk("pHYs", phys, phys.length);
    }

    private void chunk(String type, byte[] data, int length) {
        putInt(buffer, size, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, buffer, size + 4, 4);
        System.arraycopy(data, 0, buffer, size + 8, length);
        CRC32 crc = new CRC32();
        crc.update(buffer, size + 4, length + 4);
        putInt(buffer, size + 8 + length, (int) crc.getValue());
        size += length + CHUNK_OVERHEAD;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
