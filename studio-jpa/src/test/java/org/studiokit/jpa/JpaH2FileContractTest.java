package org.studiokit.jpa;

import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/** STO-2 on the JPA store, on H2File. */
class JpaH2FileContractTest extends JpaContract {
    private static final Target TARGET = TestDatabases.h2File();

    @Override
    Target target() {
        return TARGET;
    }
}
