/**
 * The subcommands of the {@code studio} command line (SPEC §13): {@code run} (scenario scripts) and {@code demo}.
 * Later subcommands ({@code report}, {@code post}, {@code export}, {@code label}, {@code scan}) and the database
 * store ({@code --db}) are added as further subcommands and {@link
 * org.studiokit.examples.runner.WorkspaceFactory} implementations without changing these.
 */
package org.studiokit.examples.cli;
