/** The databases store tests run on, and how a test skips or fails when a server is missing. */
package org.studiokit.testkit.db;
