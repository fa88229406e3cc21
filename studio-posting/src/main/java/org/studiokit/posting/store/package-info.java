/** The in-memory posting store, joined to the in-memory studio store's transactions. */
package org.studiokit.posting.store;
