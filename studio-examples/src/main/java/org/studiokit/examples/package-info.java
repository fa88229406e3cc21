/**
 * The {@code studio} command line (SPEC §13): {@link org.studiokit.examples.StudioCommand} is the entry point of
 * the runnable jar. Sub-packages: {@code cli} (subcommands), {@code script} (the scenario script format),
 * {@code runner} (running scripts), {@code view} (JSON results), {@code scan} (batch status updates by scanning) and
 * {@code demo} (a studio's month, printed as narration and report tables).
 */
package org.studiokit.examples;
