/**
 * Repository ports (STO-1) and the in-memory store. Every command runs in {@link org.studiokit.core.store.StudioStore#transaction};
 * a refused command rolls back whatever it wrote, so nothing is ever half done.
 */
package org.studiokit.core.store;
