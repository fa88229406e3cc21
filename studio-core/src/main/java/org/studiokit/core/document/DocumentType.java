package org.studiokit.core.document;

/** Document types (DOC-1). */
public enum DocumentType {
    SESSION_FEE, INITIAL_ORDER, REORDER, GENERIC, ESTIMATE, CREDIT_MEMO;

    /** @return whether the type is created from a session */
    public boolean sessionBased() {
        return this == SESSION_FEE || this == INITIAL_ORDER || this == REORDER;
    }

    /** @return whether the document has financial effect (everything but estimates) */
    public boolean financial() {
        return this != ESTIMATE;
    }
}
