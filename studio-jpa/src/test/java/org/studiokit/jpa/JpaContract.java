package org.studiokit.jpa;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.testkit.db.TestDatabases.Target;
import org.studiokit.testkit.store.StoreContract;
import org.studiokit.testkit.store.StoreUnderTest;

/** STO-2 on the JPA store: each test gets a new studio in one database per target, opened once. */
abstract class JpaContract extends StoreContract {
    private static final Map<String, StudioDatabase> OPEN = new ConcurrentHashMap<>();

    /** @return the database to run on */
    abstract Target target();

    /** @return the database of a target, opened (and migrated) once per test run */
    static StudioDatabase database(Target target) {
        target.require();
        return OPEN.computeIfAbsent(target.name(), n -> StudioDatabase.open(target.url()));
    }

    @Override
    protected StoreUnderTest open(StudioSettings settings) {
        JpaStores s = database(target()).stores("contract-" + UUID.randomUUID(), settings);
        return new StoreUnderTest(s.core(), s.posting());
    }
}
