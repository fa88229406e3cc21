package org.studiokit.posting.policy;

import java.time.LocalDate;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;

/** What a posting policy may ask about an unposted document at a point of a run's planning (PST-2). */
public interface Candidate {
    /** @return the document */
    Document document();

    /** @return the run's cut-off */
    LocalDate cutOff();

    /** @return its balance counting only money posted by earlier runs or by this run */
    Money postedBalance();

    /** @return whether every document it transferred credit to (by counted transfers) is posted or posts in this run */
    boolean transfersSettled();
}
