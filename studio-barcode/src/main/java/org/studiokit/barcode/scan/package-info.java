/**
 * The scanner SPI (SCN-1) and the framing every driver shares (SCN-2).
 *
 * <p>A {@link org.studiokit.barcode.scan.ScannerDriver} (found by {@link java.util.ServiceLoader}, listed by
 * {@link org.studiokit.barcode.scan.ScannerDrivers}) opens a {@link org.studiokit.barcode.scan.ScannerSource}
 * from a {@link org.studiokit.barcode.scan.ScannerConfig}; the source delivers each
 * {@link org.studiokit.barcode.scan.Scan} and each {@link org.studiokit.barcode.scan.ScanError} to a
 * {@link org.studiokit.barcode.scan.ScanListener}. Built-in drivers: {@code serial}, {@code wedge}, {@code replay}.
 */
package org.studiokit.barcode.scan;
