package org.studiokit.testkit;

/**
 * One generated operation on a studio. An operation is a value (usually a record, so it prints itself in a
 * counterexample); it resolves the records it touches when it runs, from the world's state, so it stays meaningful
 * when other steps are removed while shrinking.
 *
 * <p>Add operations of other modules (posting runs, unlocks, period closes …) as more records implementing this
 * interface, and find the module's services through {@link World#extension(Class)}.
 */
public interface Op {
    /**
     * Runs the operation.
     *
     * @param world the studio and what the sequence has made so far
     * @return what the command returned (a record, receipt or list), or null
     * @throws org.studiokit.core.StudioException when the studio refuses it
     */
    Object apply(World world);

    /**
     * @return whether an accepted run must leave every snapshot of the world unchanged (queries, idempotent
     *         replays); refused runs must always leave it unchanged
     */
    default boolean changesNothing() {
        return false;
    }
}
