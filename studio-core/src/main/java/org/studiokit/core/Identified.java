package org.studiokit.core;

/** A stored record: an internal id and the number people see. */
public interface Identified {
    /** @return the internal id */
    long id();

    /** @return the record number (0 when it has none) */
    long number();
}
