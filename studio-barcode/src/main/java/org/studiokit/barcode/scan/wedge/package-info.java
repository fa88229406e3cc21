/**
 * The keyboard-wedge scanner driver (SCN-1): a scanner that types like a keyboard. The host feeds key events with
 * their timestamps; a fast burst ending in Enter is a scan, slower input is a person typing and is ignored.
 */
package org.studiokit.barcode.scan.wedge;
