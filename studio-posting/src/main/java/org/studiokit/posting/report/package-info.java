/**
 * Reports (SPEC §8) as data objects: trial balance, A/R aging, customer deposit reconciliation, the reconciliation
 * identities, cash receipts, sales tax, posting summary, payment list and order status.
 */
package org.studiokit.posting.report;
