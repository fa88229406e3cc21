/** Real peer programs for tests: found on the PATH, skipped with a reason when missing, required under CI=true. */
package org.studiokit.testkit.peer;
