/**
 * StudioKit core: the {@link org.studiokit.core.Studio} facade, typed refusals ({@link org.studiokit.core.StudioException})
 * and the injected time and id sources. Sub-packages hold money, settings, parties, documents, money movements,
 * production orders, the audit log's entries, the store ports and, above them, the commands
 * ({@link org.studiokit.core.service}). This package holds two kinds of type: kernel types the sub-packages use
 * ({@code ErrorCode}, {@code StudioException}, {@code IdSource}, {@code Identified}, {@code Inputs},
 * {@code LockState}), which depend on no sub-package, and the facade on top ({@code Studio}, {@code Locks},
 * {@code PostingSeat}, the read-only views), which no sub-package uses.
 */
package org.studiokit.core;
