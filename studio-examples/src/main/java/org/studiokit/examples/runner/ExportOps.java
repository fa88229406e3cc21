package org.studiokit.examples.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Permission;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.ExportResult;
import org.studiokit.export.Exports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export} (EXP-1..4, SPEC §13): exports a batch (a {@code post} ref or a batch number) in a format, writes the
 * file under {@code --out DIR} as {@code batch-N.ID.EXT} or the step's {@code file}, and returns {@code format},
 * {@code file}, {@code transactions} and {@code sha256} (plus {@code warning} on a re-export). Refusals in ERR-1
 * order: {@code PERMISSION_DENIED}, {@code VALIDATION} (format, file, reexport), {@code NOT_FOUND}, then the export
 * log's ({@code PERMISSION_DENIED} without {@code REEXPORT}, {@code ALREADY_EXPORTED} without {@code reexport}).
 */
final class ExportOps {
    private ExportOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("export", ExportOps::export);
    }

    private static StepResult export(StepContext c) {
        c.actor().require(Permission.EXPORT);
        Exports exports = Exports.of(c.books(), ExportOptions.defaults());
        String format = c.in().string("format");
        if (!exports.formats().contains(format)) {
            throw new StudioException(ErrorCode.VALIDATION, "unknown export format " + format + "; formats: "
                    + String.join(", ", exports.formats()), "format", format);
        }
        String file = fileName(c.in().optString("file"));
        boolean reexport = c.in().optBool("reexport");
        long batch = batch(c, c.in().raw("batch"));
        ExportResult r = exports.export(c.actor(), format, batch, reexport);
        String name = file == null ? r.file() : file;
        ExportDirectory.current().ifPresent(dir -> write(dir.resolve(name), r.bytes()));
        ObjectNode o = ScriptJson.object();
        o.put("format", r.format());
        o.put("file", name);
        o.put("transactions", r.transactions());
        o.put("sha256", r.sha256());
        r.warning().ifPresent(w -> o.put("warning", w));
        return StepResult.of(o);
    }

    /** @return a plain file name, or null; a path is refused ({@code VALIDATION}): files stay under {@code --out} */
    private static String fileName(String file) {
        if (file != null && (file.isBlank() || file.contains("/") || file.contains("\\") || file.equals("..")
                || file.equals(".") || file.chars().anyMatch(Character::isISOControl))) {
            throw new StudioException(ErrorCode.VALIDATION, "file must be a plain file name, written under --out: "
                    + file, "file", file);
        }
        return file;
    }

    /** A post ref, or a batch number that exists ({@code NOT_FOUND} otherwise). */
    private static long batch(StepContext c, JsonNode n) {
        if (n.isString()) {
            return c.ref("batch", RecordKind.BATCH);
        }
        long number = c.in().whole("batch", 1, Long.MAX_VALUE);
        return c.books().batch(number).number();
    }

    private static void write(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
