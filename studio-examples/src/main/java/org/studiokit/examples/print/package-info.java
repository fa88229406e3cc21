/**
 * PDF printouts of a studio's records (Apache PDFBox): invoices, work orders and client statements, with the
 * record's barcode when the studio's barcode options say so (BAR-2). {@link org.studiokit.examples.print.Printouts}
 * renders each one to PDF bytes; the layout helpers keep every text within the standard fonts' WinAnsi character
 * set.
 */
package org.studiokit.examples.print;
