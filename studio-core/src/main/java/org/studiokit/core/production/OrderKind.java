package org.studiokit.core.production;

/** In-house work order or vendor purchase order (PRD-1). */
public enum OrderKind { WORK_ORDER, PURCHASE_ORDER }
