/**
 * The serial-port scanner driver (SCN-1), on jSerialComm: reads lines from a scanner on a serial or USB-serial
 * port (or a pseudo-terminal), and reconnects when the port disappears and comes back.
 */
package org.studiokit.barcode.scan.serial;
