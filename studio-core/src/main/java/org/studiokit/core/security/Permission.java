package org.studiokit.core.security;

/** What an actor may do (PTY-3). */
public enum Permission {
    SELL, RECEIVE_PAYMENT, REFUND, WRITE_OFF, POST, UNLOCK, EXPORT, REEXPORT, CLOSE_PERIOD, MANAGE_PRODUCTION, ADMIN
}
