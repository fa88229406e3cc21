/** Test support: bounded waits, recording listeners, skip reasons on the console (external programs: the testkit). */
package org.studiokit.barcode.testing;
