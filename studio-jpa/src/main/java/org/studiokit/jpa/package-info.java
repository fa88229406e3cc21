/**
 * The studio's stores on a database (STO-1): {@link org.studiokit.jpa.StudioDatabase} opens H2 (the embedded
 * default), PostgreSQL or MariaDB by URL or DataSource, migrates the schema with Flyway, and builds studios whose
 * core and posting stores share one transaction per command.
 */
package org.studiokit.jpa;
