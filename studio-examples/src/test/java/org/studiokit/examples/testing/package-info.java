/** Test helpers: external programs the real-peer tests need. */
package org.studiokit.examples.testing;
