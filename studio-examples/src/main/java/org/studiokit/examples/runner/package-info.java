/**
 * Runs checked scenario scripts (SPEC §13) on a fresh studio: one handler per op, refs bound to the records the
 * steps create, each step's outcome (result or refusal) judged against its {@code expect}. A fresh in-memory studio
 * with a clock that moves one second per step and sequential ids makes every run of a script print the same bytes.
 */
package org.studiokit.examples.runner;
