/**
 * Documents (DOC-1..14): the six types, lines, discounts, shipping, tax and totals ({@link org.studiokit.core.document.Pricing}),
 * payment plans (PLN-1) and the checks on their shape. The commands on them are in
 * {@link org.studiokit.core.service.Invoices}.
 */
package org.studiokit.core.document;
