/**
 * {@code studio demo}: a portrait studio's March on a fresh studio, told one narrated line per step, then every
 * report printed as an aligned text table. It is also an embedding example: the chapters call the SDK the way a
 * host application would.
 */
package org.studiokit.examples.demo;
