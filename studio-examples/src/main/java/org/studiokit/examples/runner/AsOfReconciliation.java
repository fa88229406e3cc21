package org.studiokit.examples.runner;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.posting.report.Reconciliation;
import org.studiokit.posting.report.Reports;

/**
 * The {@code reconciliation} report of a step (RPT-3, SPEC §13): without {@code asOf}, everything so far; with it,
 * {@code Reports.reconciliation(LocalDate asOf)} of studio-posting. That overload is looked up once, so this module
 * builds and runs against a studio-posting that does not have it yet: there, a step asking for a date is refused
 * with {@code VALIDATION} saying so, and nothing else changes.
 */
final class AsOfReconciliation {
    private static final MethodHandle AS_OF = lookUp();

    private AsOfReconciliation() {
    }

    private static MethodHandle lookUp() {
        try {
            return MethodHandles.publicLookup().findVirtual(Reports.class, "reconciliation",
                    MethodType.methodType(Reconciliation.class, LocalDate.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** @return whether this build's reports can reconcile as of a date */
    static boolean available() {
        return AS_OF != null;
    }

    /** @return the reconciliation as of the date (null: everything so far) */
    static Reconciliation of(Reports reports, LocalDate asOf) {
        if (asOf == null) {
            return reports.reconciliation();
        }
        if (AS_OF == null) {
            throw new StudioException(ErrorCode.VALIDATION, "field asOf: this build's reports reconcile only"
                    + " everything so far; leave asOf out", "field", "asOf");
        }
        try {
            return (Reconciliation) AS_OF.invoke(reports, asOf);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
