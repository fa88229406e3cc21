package org.studiokit.core.settings;

/**
 * Where each number sequence starts (DOC-2, PTY-1, PRD-1, PST-3).
 *
 * @param client   first client number
 * @param session  first session number
 * @param invoice  first document number
 * @param order    first production order number
 * @param movement first money movement number
 */
public record Numbering(long client, long session, long invoice, long order, long movement) {
    /** @return the defaults: clients, sessions, orders and money movements from 1, documents from 1001 */
    public static Numbering defaults() {
        return new Numbering(1, 1, 1001, 1, 1);
    }
}
