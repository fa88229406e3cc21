package org.studiokit.testkit.store;

import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.posting.store.InMemoryPostingStore;

/** STO-2 on the in-memory store. */
class InMemoryStoreContractTest extends StoreContract {
    @Override
    protected StoreUnderTest open(StudioSettings settings) {
        InMemoryStore core = new InMemoryStore(settings);
        return new StoreUnderTest(core, new InMemoryPostingStore(core.undoLog()));
    }
}
