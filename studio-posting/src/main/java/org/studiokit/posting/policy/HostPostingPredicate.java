package org.studiokit.posting.policy;

import java.time.LocalDate;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;

/** A host-supplied document posting rule for the {@code CUSTOM} policy (PST-2). */
@FunctionalInterface
public interface HostPostingPredicate {
    /**
     * @param document      the unposted document
     * @param cutOff        the run's cut-off
     * @param postedBalance its balance counting money posted by earlier runs or by this run
     * @return whether it posts in this run
     */
    boolean posts(Document document, LocalDate cutOff, Money postedBalance);
}
