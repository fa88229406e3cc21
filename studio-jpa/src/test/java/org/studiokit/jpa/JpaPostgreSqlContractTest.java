package org.studiokit.jpa;

import org.studiokit.testkit.db.TestDatabases;
import org.studiokit.testkit.db.TestDatabases.Target;

/** STO-2 on the JPA store, on PostgreSql. */
class JpaPostgreSqlContractTest extends JpaContract {
    private static final Target TARGET = TestDatabases.postgresql();

    @Override
    Target target() {
        return TARGET;
    }
}
