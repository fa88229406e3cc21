/** Test support: external programs, bounded waits, recording listeners. */
package org.studiokit.barcode.testing;
