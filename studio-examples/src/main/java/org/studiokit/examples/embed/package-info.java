/**
 * Embedding examples, each small and runnable with a {@code main} (a test runs each):
 * {@link org.studiokit.examples.embed.FirstInvoice} is the Java example the project README shows, word for word (a
 * test keeps them the same, and CI compiles it in a project of its own against the published modules);
 * {@link org.studiokit.examples.embed.InMemoryStudio} embeds the in-memory store,
 * {@link org.studiokit.examples.embed.H2Studio} studio-jpa on an H2 file,
 * {@link org.studiokit.examples.embed.ScannerWiring} wires a serial scanner and a keyboard wedge to one handler, and
 * {@link org.studiokit.examples.embed.CustomExport} is a custom export format found through
 * {@link java.util.ServiceLoader}.
 */
package org.studiokit.examples.embed;
