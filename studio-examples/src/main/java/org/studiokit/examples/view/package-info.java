/**
 * JSON views of records, posting batches and reports, as scenario script results show them (SPEC §13): amounts
 * as strings with the currency's decimals, record numbers as strings, counts as numbers, dates as ISO strings.
 */
package org.studiokit.examples.view;
