/**
 * Production (lab) orders with status workflows, holds and history (PRD-1..4); their commands are
 * {@link org.studiokit.core.service.Production}.
 */
package org.studiokit.core.production;
