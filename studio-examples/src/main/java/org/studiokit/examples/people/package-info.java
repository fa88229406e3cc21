/**
 * The {@code studio} commands for people (SPEC §13): reports, posting, export, unlock, period close, labels,
 * scanning and printouts on a studio's books in a database. Every command takes {@code --db URL} (default: the
 * embedded H2 file {@link org.studiokit.examples.people.BooksOptions#DEFAULT_DB}) and {@code --as USER}; exit codes
 * are 0 (done), 1 (refused: the refusal's code and message on standard error), 2 (bad usage) and 3 (internal
 * failure).
 */
package org.studiokit.examples.people;
