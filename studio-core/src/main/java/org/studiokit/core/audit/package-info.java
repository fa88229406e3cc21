/**
 * The hash-chained audit log's entries (AUD-1); the log that appends and verifies them is
 * {@link org.studiokit.core.service.AuditTrail}.
 */
package org.studiokit.core.audit;
