package org.studiokit.core.settings;

/** How tax is computed (TAX-2). */
public enum TaxMode {
    /** Tax added on top, per rate on the invoice's taxable base, rounded once per rate per invoice. */
    ADDED,
    /** Tax added on top, per line and rate, rounded per line then summed; taxable shipping is one more line. */
    ADDED_PER_LINE,
    /** Prices include tax (VAT/GST): per rate group net = round(gross / (1 + Σ rates)), tax = gross − net. */
    INCLUSIVE
}
