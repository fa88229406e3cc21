/** Production (lab) orders with status workflows, holds and history (PRD-1..4). */
package org.studiokit.core.production;
