/**
 * Clients (with the built-in Quick Sale client) and photo sessions (PTY-1, PTY-2); their commands are
 * {@link org.studiokit.core.service.Clients} and {@link org.studiokit.core.service.Sessions}.
 */
package org.studiokit.core.party;
