package org.studiokit.barcode.scan.serial;

/**
 * The suffix a scanner is programmed to send after each scan. Informational: the framing accepts CR, LF and CRLF
 * whichever is configured, so a scanner set differently from its configuration still works.
 */
public enum LineTerminator {
    /** Carriage return (most scanners' factory default). */
    CR,
    /** Line feed. */
    LF,
    /** Carriage return then line feed. */
    CRLF
}
