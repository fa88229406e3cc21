/**
 * StudioKit's test kit: engine-neutral, seeded generators of valid studios and operation sequences
 * ({@link org.studiokit.testkit.StudioGen}, {@link org.studiokit.testkit.OpGen}), an interpreter that applies them to
 * a {@link org.studiokit.core.Studio} and checks that every refusal changed nothing
 * ({@link org.studiokit.testkit.Interpreter}), AssertJ ledger assertions ({@link org.studiokit.testkit.LedgerAssertions})
 * and a small seeded property runner with shrinking ({@link org.studiokit.testkit.PropertyRunner}).
 *
 * <p>Generators are plain functions of a {@link java.util.random.RandomGenerator}, so they plug into any property
 * engine. Operations ({@link org.studiokit.testkit.Op}) are values that resolve the records they touch when they run,
 * so a sequence stays meaningful when steps are removed while shrinking. New kinds of operation (posting, unlocking,
 * closing a period …) are added as more {@code Op} records and registered with {@link org.studiokit.testkit.OpGen#with}
 * and, when they are not self-applying, {@link org.studiokit.testkit.Interpreter#handle}.
 */
package org.studiokit.testkit;
