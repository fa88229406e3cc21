/** JMH benchmarks of StudioKit (not published): posting runs and reports over a busy studio month. */
package org.studiokit.benchmarks;
