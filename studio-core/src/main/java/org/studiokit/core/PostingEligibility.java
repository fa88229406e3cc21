package org.studiokit.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The posting side's answer to LCK-3's question "what is still open through a date?": the labels of the records dated
 * on or before it that are eligible to post but unposted (PST-2), or posted and unlocked (LCK-1). A studio learns it
 * once, when its posting side claims its {@link PostingSeat}; a period close always asks the one it learned.
 */
@FunctionalInterface
public interface PostingEligibility {
    /**
     * @param through the date of the period close
     * @return the labels of the records still open through it, in posting order (empty when the period may close)
     */
    List<String> openThrough(LocalDate through);
}
