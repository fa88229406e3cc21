package org.studiokit.jpa;

import java.util.Objects;
import org.studiokit.core.Studio;
import org.studiokit.jpa.store.JpaPostingStore;
import org.studiokit.jpa.store.JpaStudioStore;
import org.studiokit.posting.Books;

/**
 * A studio on a database: the facade, its books, and the stores behind them (sharing one transaction per command).
 *
 * @param studio       the studio facade
 * @param books        its posting side and reports
 * @param store        its core store
 * @param postingStore its posting store
 */
public record JpaStudio(Studio studio, Books books, JpaStudioStore store, JpaPostingStore postingStore) {
    /** Validates. */
    public JpaStudio {
        Objects.requireNonNull(studio, "studio");
        Objects.requireNonNull(books, "books");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(postingStore, "postingStore");
    }
}
