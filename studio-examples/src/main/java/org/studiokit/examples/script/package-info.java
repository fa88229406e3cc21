/**
 * Scenario scripts (SPEC §13): the JSON format, its catalogue of ops and fields, and the reader that checks a script's
 * structure before anything runs. A script that fails these checks is malformed ({@link
 * org.studiokit.examples.script.MalformedScriptException}); values of the wrong form are left for the runner, which
 * refuses the step with {@code VALIDATION}.
 */
package org.studiokit.examples.script;
