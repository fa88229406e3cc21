/**
 * The store contract suite (STO-2): any implementation of the core and posting store ports extends
 * {@link org.studiokit.testkit.store.StoreContract} to prove it keeps records exactly, rolls back refused
 * transactions and numbers gaplessly under concurrency.
 */
package org.studiokit.testkit.store;
