package org.studiokit.testkit.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * The databases store tests run on: H2 (memory and file) always; PostgreSQL and MariaDB servers at the addresses of
 * {@code STUDIOKIT_PG_URL} and {@code STUDIOKIT_MARIADB_URL} (default: this machine, database {@code test}). A server
 * that does not answer skips its tests with the reason printed, except under {@code CI=true}, where it fails them.
 */
public final class TestDatabases {
    /** PostgreSQL's URL. */
    public static final String POSTGRESQL = env("STUDIOKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    /** MariaDB's URL. */
    public static final String MARIADB = env("STUDIOKIT_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    private TestDatabases() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A database to run on: a display name and its URL. */
    public record Target(String name, String url) {
        @Override
        public String toString() {
            return name;
        }

        /** @return whether it is a server (PostgreSQL or MariaDB) */
        public boolean server() {
            return !url.startsWith("jdbc:h2:");
        }

        /** Skips (outside CI) or fails (under CI=true) when the server does not answer. */
        public void require() {
            if (!server()) {
                return;
            }
            String why = unreachable(url);
            if (why == null) {
                return;
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(name + " is not reachable under CI=true: " + why);
            }
            System.out.println("SKIPPED on " + name + ": server not reachable (" + why + ")");
            throw new TestAbortedException(name + " not reachable: " + why);
        }
    }

    /** @return a fresh H2 memory database */
    public static Target h2Memory() {
        return new Target("H2 memory", "jdbc:h2:mem:sk" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** @return a fresh H2 file database under the temporary directory */
    public static Target h2File() {
        String dir = System.getProperty("java.io.tmpdir") + "/studiokit-test-" + UUID.randomUUID();
        return new Target("H2 file", "jdbc:h2:file:" + dir + "/books");
    }

    /** @return PostgreSQL */
    public static Target postgresql() {
        return new Target("PostgreSQL", POSTGRESQL);
    }

    /** @return MariaDB */
    public static Target mariadb() {
        return new Target("MariaDB", MARIADB);
    }

    /** @return every database: H2 memory and file, PostgreSQL, MariaDB */
    public static List<Target> all() {
        List<Target> list = new ArrayList<>();
        list.add(h2Memory());
        list.add(h2File());
        list.add(postgresql());
        list.add(mariadb());
        return list;
    }

    /** @return why a database does not answer, or null when it does */
    public static String unreachable(String url) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(5) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
