/** Clients (with the built-in Quick Sale client) and photo sessions (PTY-1, PTY-2). */
package org.studiokit.core.party;
