/** The store ports of studio-core and studio-posting on Jakarta Persistence, and the per-studio transactions. */
package org.studiokit.jpa.store;
