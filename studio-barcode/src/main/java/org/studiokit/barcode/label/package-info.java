/**
 * Barcode labels (BAR-2): a payload drawn as Code 128 or QR, as PNG or SVG, sized in millimetres at a printer's
 * DPI with whole-pixel modules, and the studio options that say which printouts carry a barcode.
 */
package org.studiokit.barcode.label;
