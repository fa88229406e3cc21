/**
 * StudioKit core: the {@link org.studiokit.core.Studio} facade, typed refusals ({@link org.studiokit.core.StudioException})
 * and the injected time and id sources. Sub-packages hold money, settings, parties, documents, money movements,
 * production orders, the audit log and the store ports.
 */
package org.studiokit.core;
