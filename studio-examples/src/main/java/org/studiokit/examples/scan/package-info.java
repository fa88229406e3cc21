/**
 * Batch production status update by scanning (SCN-4) as the command line uses it: {@link
 * org.studiokit.examples.scan.ScanBatch} is the small interface the {@code scan} op and the demo drive, and {@link
 * org.studiokit.examples.scan.ProductionScanBatch} implements it on studio-core's production orders. When
 * studio-barcode's batch status update lands, an adapter to it replaces {@code ProductionScanBatch} behind the same
 * interface (see the note there).
 */
package org.studiokit.examples.scan;
