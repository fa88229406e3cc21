/**
 * Barcode payloads (BAR-1): a record-type letter and a record number, such as {@code I1042}.
 *
 * <p>Sub-packages render payloads as labels ({@code label}), decode them from images ({@code decode}), read them
 * from scanners ({@code scan}), route scans to the host ({@code route}) and update production orders in batches
 * ({@code batch}).
 */
package org.studiokit.barcode;
