package org.studiokit.jpa;

import org.studiokit.core.IdSource;
import org.studiokit.jpa.store.JpaPostingStore;
import org.studiokit.jpa.store.JpaStudioStore;

/**
 * One studio's stores on a database, sharing one transaction per command, and its id source.
 *
 * @param core    the core store
 * @param posting the posting store
 * @param ids     record ids from the studio's id sequence
 */
public record JpaStores(JpaStudioStore core, JpaPostingStore posting, IdSource ids) {
}
