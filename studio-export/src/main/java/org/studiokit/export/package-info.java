/**
 * Accounting exports (SPEC §9): the {@link org.studiokit.export.Exporter} SPI found by {@link java.util.ServiceLoader}
 * (EXP-1), the format-neutral {@link org.studiokit.export.ExportBook} every exporter reads, name cleaning (EXP-5),
 * and the {@link org.studiokit.export.Exports} facade that checks permissions, keeps the export log and re-exports
 * (EXP-3, EXP-4, EXP-6). The built-in formats live in {@code org.studiokit.export.format}.
 */
package org.studiokit.export;
