/**
 * Money movements (PAY-1..3, DEP-1..4, REF-1, TRF-1, IDM-1): payments, customer deposits and their applications,
 * refunds, credit transfers and un-applies, and the commands on them ({@link org.studiokit.core.service.Payments}).
 */
package org.studiokit.core.movement;
