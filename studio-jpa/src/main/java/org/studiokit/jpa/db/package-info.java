/** Database plumbing: the supported vendors and a small URL DataSource for the command line and tests. */
package org.studiokit.jpa.db;
