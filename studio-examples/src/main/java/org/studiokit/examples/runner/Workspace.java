package org.studiokit.examples.runner;

import java.util.Objects;
import org.studiokit.core.Studio;
import org.studiokit.posting.Books;

/**
 * A studio and its books, as one command line run uses them.
 *
 * @param studio the studio
 * @param books  its posting side and reports
 */
public record Workspace(Studio studio, Books books) {
    /** Validates. */
    public Workspace {
        Objects.requireNonNull(studio, "studio");
        Objects.requireNonNull(books, "books");
    }
}
