package org.studiokit.barcode.route;

/** What the router did with one scan. */
public enum RouteOutcome {
    /** The record was opened. */
    OPENED,
    /** Another record was open, so nothing was opened. */
    BUSY,
    /** The scan was not a payload, or the host refused to open it. */
    REJECTED
}
