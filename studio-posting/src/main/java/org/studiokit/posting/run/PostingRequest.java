package org.studiokit.posting.run;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a posting run covers (PST-1): a cut-off date and optionally the payment methods of one bank deposit (the
 * filter limits payments, deposits and refunds only).
 *
 * @param through the cut-off date
 * @param methods the payment methods, empty for all
 */
public record PostingRequest(LocalDate through, Set<String> methods) {
    /** Validates and copies. */
    public PostingRequest {
        Objects.requireNonNull(through, "through");
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }

    /** @return a run through a date, all methods */
    public static PostingRequest through(LocalDate date) {
        return new PostingRequest(date, Set.of());
    }
}
