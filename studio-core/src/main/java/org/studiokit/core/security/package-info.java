/** Users, roles and permissions (PTY-3): every command is made by an {@link org.studiokit.core.security.Actor}. */
package org.studiokit.core.security;
