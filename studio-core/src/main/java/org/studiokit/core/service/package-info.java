/**
 * The studio's commands and derived figures, the layer above the store port: clients and sessions
 * ({@link org.studiokit.core.service.Clients}, {@link org.studiokit.core.service.Sessions}), documents and payment
 * plans ({@link org.studiokit.core.service.Invoices}), money movements ({@link org.studiokit.core.service.Payments}),
 * balances ({@link org.studiokit.core.service.Balances}), production orders
 * ({@link org.studiokit.core.service.Production}) and the audit log's writing and reading sides
 * ({@link org.studiokit.core.service.AuditTrail}). Every class here that writes runs in the store's transaction
 * with its {@link org.studiokit.core.service.StudioContext} and checks permission, period, lock and audit itself;
 * the writers the commands share stay package-private. The records these commands make live in the packages below
 * (audit, party, production, document, movement), which never depend on this package or on the store.
 */
package org.studiokit.core.service;
