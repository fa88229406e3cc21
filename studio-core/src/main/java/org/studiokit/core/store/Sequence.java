package org.studiokit.core.store;

/** The gapless number sequences of a studio (DOC-2, PST-3). */
public enum Sequence { CLIENT, SESSION, DOCUMENT, MOVEMENT, ORDER }
