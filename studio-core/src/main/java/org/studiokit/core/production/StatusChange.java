package org.studiokit.core.production;

import java.time.Instant;

/**
 * One status change of a production order (PRD-4).
 *
 * @param from   the previous status (null when created)
 * @param to     the new status
 * @param at     when
 * @param by     who
 * @param source how
 */
public record StatusChange(String from, String to, Instant at, String by, ChangeSource source) {
}
