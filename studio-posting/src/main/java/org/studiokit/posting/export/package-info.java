/**
 * The export log port (EXP-3, EXP-4, EXP-6): which batch was exported in which format, when, by whom, with what
 * digest, and whether its delivery to the accounting package is pending, delivered or failed. The exporters live in
 * studio-export; stores implement {@link org.studiokit.posting.export.ExportLog} (the in-memory one here, the JPA one
 * in studio-jpa). This package depends on studio-core only.
 */
package org.studiokit.posting.export;
