/**
 * Embedding examples: {@link org.studiokit.examples.embed.FirstInvoice} is the Java example the project README shows,
 * word for word (a test keeps them the same, and CI compiles it in a project of its own against the published
 * modules).
 */
package org.studiokit.examples.embed;
