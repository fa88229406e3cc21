/**
 * Scan routing (SCN-3): a scan opens the matching record through a host callback, but only when the host says no
 * other record is open.
 */
package org.studiokit.barcode.route;
