package org.studiokit.barcode.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.studiokit.barcode.BarcodePayload;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * Finds a Code 128 or QR barcode in an image and returns its text (BAR-3). Decoding tries hard (slower, more
 * thorough) and falls back to a second binarizer, which helps with uneven camera lighting.
 *
 * <p>Thread-safe: every call uses its own reader.
 */
public final class BarcodeDecoder {
    private final Map<DecodeHintType, Object> hints;

    /** Creates a decoder for the symbologies StudioKit prints: Code 128 and QR. */
    public BarcodeDecoder() {
        this(EnumSet.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE));
    }

    /** @param formats the ZXing formats to look for */
    public BarcodeDecoder(Set<BarcodeFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no barcode formats given");
        }
        Map<DecodeHintType, Object> map = new EnumMap<>(DecodeHintType.class);
        map.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        map.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.copyOf(formats));
        this.hints = Map.copyOf(map);
    }

    /**
     * @param image an encoded image (PNG, JPEG, GIF, BMP)
     * @return the text of the first barcode found
     * @throws StudioException {@code INVALID_BARCODE} when the bytes are not an image or hold no readable barcode
     */
    public String decode(byte[] image) {
        Objects.requireNonNull(image, "image");
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            read = null;
        }
        if (read == null) {
            throw new StudioException(ErrorCode.INVALID_BARCODE, "not a readable image", "bytes", image.length);
        }
        return decode(read);
    }

    /**
     * @return the text of the first barcode found in the image
     * @throws StudioException {@code INVALID_BARCODE} when the image holds no readable barcode
     */
    public String decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(Objects.requireNonNull(image, "image"));
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        try {
            return read(reader, new BinaryBitmap(new HybridBinarizer(source))).getText();
        } catch (ReaderException first) {
            try {
                return read(reader, new BinaryBitmap(new GlobalHistogramBinarizer(source))).getText();
            } catch (ReaderException second) {
                throw new StudioException(ErrorCode.INVALID_BARCODE, "no readable barcode in the image",
                        "width", image.getWidth(), "height", image.getHeight());
            }
        }
    }

    /**
     * @return the StudioKit payload of the first barcode found in an encoded image
     * @throws StudioException {@code INVALID_BARCODE} when there is none or it is not a StudioKit payload
     */
    public BarcodePayload decodePayload(byte[] image) {
        return BarcodePayload.parse(decode(image));
    }

    private static Result read(MultiFormatReader reader, BinaryBitmap bitmap) throws ReaderException {
        return reader.decodeWithState(bitmap);
    }
}
