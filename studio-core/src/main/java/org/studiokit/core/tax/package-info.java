/**
 * Tax calculation (TAX-2..4), one class per tax mode: {@link org.studiokit.core.tax.TaxCalculation#of} picks the
 * studio's mode; each turns a document's taxable bases into tax and taxable amounts per rate code. Depends only on
 * money and settings.
 */
package org.studiokit.core.tax;
