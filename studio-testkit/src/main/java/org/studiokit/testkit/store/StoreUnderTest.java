package org.studiokit.testkit.store;

import java.util.Objects;
import org.studiokit.core.store.StudioStore;
import org.studiokit.posting.journal.PostingStore;

/**
 * A studio's stores as an implementation hands them to the contract suite: the core store and the posting store
 * that joins its transactions.
 *
 * @param core    the core store
 * @param posting the posting store
 */
public record StoreUnderTest(StudioStore core, PostingStore posting) {
    /** Validates. */
    public StoreUnderTest {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(posting, "posting");
    }
}
