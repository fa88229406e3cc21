package org.studiokit.core.store;

import org.studiokit.core.movement.Receipt;

/**
 * The stored first result of a money-moving command with an idempotency key (IDM-1).
 *
 * @param command     the command type
 * @param fingerprint its business fields (target, date, method, amount)
 * @param receipt     the first receipt, returned verbatim on a retry
 */
public record IdempotentResult(String command, String fingerprint, Receipt receipt) {
}
