/**
 * The built-in exporters (EXP-2), one file per format: QuickBooks Desktop IIF (detail and summary), QuickBooks Online
 * JournalEntry JSON, Sage 50 general journal import, MYOB AccountRight general journal import, Xero manual journal
 * CSV, ledger/hledger journal, Beancount, and plain CSV of journal lines.
 */
package org.studiokit.export.format;
