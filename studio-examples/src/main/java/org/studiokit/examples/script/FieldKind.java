package org.studiokit.examples.script;

/** How the reader checks a field before the script runs. */
public enum FieldKind {
    /** A value the runner reads (and refuses with {@code VALIDATION} when of the wrong form). */
    VALUE,
    /** The name of a ref defined by an earlier step: a JSON string. */
    REF,
    /** A post ref (a JSON string) or a batch number (a JSON integer). */
    REF_OR_NUMBER,
    /** Invoice lines: an array whose object entries are checked field by field. */
    LINES
}
