/**
 * Batch production status update by scanning (SCN-4): scan work and purchase orders one after another to advance
 * each to its next status, or to set each to one status; every scan is applied on its own and reported.
 */
package org.studiokit.barcode.batch;
