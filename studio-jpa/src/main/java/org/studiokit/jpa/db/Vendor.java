package org.studiokit.jpa.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the schema is written for; each has its own migration scripts. */
public enum Vendor {
    /** H2 2.x, the embedded default. */
    H2,
    /** PostgreSQL 12 and newer. */
    POSTGRESQL,
    /** MariaDB 10.6 and newer. */
    MARIADB;

    /** @return the vendor of a database ({@code IllegalArgumentException} for another) */
    public static Vendor of(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            String name = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (name.contains("h2")) {
                return H2;
            }
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("mariadb") || name.contains("mysql")) {
                return MARIADB;
            }
            throw new IllegalArgumentException("unsupported database " + name + ": use H2, PostgreSQL or MariaDB");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** @return where its migrations are on the class path */
    public String migrations() {
        return "classpath:db/" + name().toLowerCase(Locale.ROOT);
    }
}
