/**
 * Money movements (PAY-1..3, DEP-1..4, REF-1, TRF-1, IDM-1): payments, customer deposits and their applications,
 * refunds, credit transfers and un-applies as records, the money commands as values and the limit policies. The
 * commands run in {@link org.studiokit.core.service.Payments}. Movement types may name documents, never the reverse.
 */
package org.studiokit.core.movement;
