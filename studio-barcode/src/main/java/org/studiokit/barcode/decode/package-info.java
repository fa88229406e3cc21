/** Reading barcodes back from images with ZXing (BAR-3): for camera-based scanning and for tests. */
package org.studiokit.barcode.decode;
