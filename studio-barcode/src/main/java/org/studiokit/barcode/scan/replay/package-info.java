/**
 * The replay scanner driver (SCN-1): scans from a list or a file, one per line — for demos, scripts and tests.
 */
package org.studiokit.barcode.scan.replay;
