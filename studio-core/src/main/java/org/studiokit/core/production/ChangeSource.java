package org.studiokit.core.production;

/** How a status change was made (PRD-4). */
public enum ChangeSource { MANUAL, BATCH, SCAN }
