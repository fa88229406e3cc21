package org.studiokit.jpa;

import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/** STO-2 on the JPA store, on MariaDb. */
class JpaMariaDbContractTest extends JpaContract {
    private static final Target TARGET = TestDatabases.mariadb();

    @Override
    Target target() {
        return TARGET;
    }
}
