package org.studiokit.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.posting.Books;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.CheckedExportLog;
import org.studiokit.posting.export.ExportRecord;

/**
 * The export side of a studio (SPEC §9): exports batches in a format (needs {@code EXPORT}), records every export in
 * the export log (EXP-4), refuses a second export of a batch in a format unless the user has {@code REEXPORT} and
 * asks for it, hands back the very bytes of the first export with a warning, and records deliveries (EXP-6). Each
 * call is one transaction of the studio store.
 */
public final class Exports {
    private final Books books;
    private final CheckedExportLog log;
    private final ExportOptions options;
    private final ExportFormats formats;

    /**
     * @param books   the studio's books (their export log records the exports)
     * @param options its export options
     * @param formats the exporters to use
     */
    public Exports(Books books, ExportOptions options, ExportFormats formats) {
        this.books = Objects.requireNonNull(books, "books");
        this.log = books.exportLog();
        this.options = Objects.requireNonNull(options, "options");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /**
     * @return the exports of a studio's books on any store (in memory or a database), logged in that store's export
     *         log, with the installed exporters
     */
    public static Exports of(Books books, ExportOptions options) {
        return new Exports(books, options, ExportFormats.installed());
    }

    /** @return the format ids available */
    public java.util.Set<String> formats() {
        return formats.ids();
    }

    /** @return the export log, oldest first */
    public List<ExportRecord> log() {
        return log.all();
    }

    /** Exports one batch. */
    public ExportResult export(Actor actor, String format, long batch, boolean reexport) {
        return export(actor, format, List.of(batch), reexport);
    }

    /**
     * Exports batches in a format (EXP-1..4). Refusals in ERR-1 order: {@code PERMISSION_DENIED} (no {@code EXPORT}),
     * {@code VALIDATION} (unknown format, no batch), {@code NOT_FOUND} (unknown batch), then for a batch already
     * exported in the format {@code PERMISSION_DENIED} (no {@code REEXPORT}) and {@code ALREADY_EXPORTED} (no
     * explicit re-export).
     */
    public ExportResult export(Actor actor, String format, List<Long> batches, boolean reexport) {
        Studio studio = books.studio();
        return studio.transaction(() -> {
            actor.require(Permission.EXPORT);
            Exporter exporter = exporter(format);
            List<Long> numbers = batches.stream().sorted().distinct().toList();
            if (numbers.isEmpty()) {
                throw new StudioException(ErrorCode.VALIDATION, "an export needs at least one batch", "format", format);
            }
            numbers.forEach(books::batch);
            Optional<ExportRecord> earlier = earlier(actor, format, numbers, reexport);
            ExportBook book = new BatchReader(books, options).read(numbers);
            byte[] bytes = earlier.filter(r -> r.batches().equals(numbers)).map(ExportRecord::content)
                    .orElseGet(() -> exporter.write(book));
            String sha = sha256(bytes);
            ExportRecord record = new ExportRecord(log.count() + 1L, format, numbers, studio.clock().instant(),
                    actor.name(), sha, earlier.isPresent(), DeliveryStatus.PENDING, "", bytes);
            log.append(actor, record);
            studio.audit().append(actor, earlier.isPresent() ? Permission.REEXPORT : Permission.EXPORT,
                    earlier.isPresent() ? "REEXPORT" : "EXPORT", batchesLabel(numbers), "", format + " sha256 " + sha);
            return new ExportResult(format, fileName(numbers, exporter), bytes, exporter.transactions(book), sha,
                    record, earlier.map(r -> warning(r, format, numbers)));
        });
    }

    private Exporter exporter(String format) {
        return formats.find(format).orElseThrow(() -> new StudioException(ErrorCode.VALIDATION, "unknown export format "
                + format + "; formats: " + String.join(", ", formats.ids()), "format", format));
    }

    private Optional<ExportRecord> earlier(Actor actor, String format, List<Long> numbers, boolean reexport) {
        Optional<ExportRecord> first = numbers.stream().map(n -> log.first(n, format)).flatMap(Optional::stream)
                .findFirst();
        if (first.isPresent()) {
            ExportRecord r = first.get();
            long batch = numbers.stream().filter(r::covers).findFirst().orElseThrow();
            actor.require(Permission.REEXPORT);
            if (!reexport) {
                throw new StudioException(ErrorCode.ALREADY_EXPORTED, "batch " + batch + " was already exported as "
                        + format + " at " + r.at() + " by " + r.actor() + "; delete that import from the accounting"
                        + " package first, then ask for a re-export", "batch", batch, "format", format,
                        "exportedAt", r.at().toString(), "exportedBy", r.actor());
            }
        }
        return first;
    }

    private static String warning(ExportRecord first, String format, List<Long> numbers) {
        return "re-export of " + batchesLabel(numbers) + " as " + format + " (first exported at " + first.at()
                + " by " + first.actor() + "): delete the earlier import from the accounting package before importing"
                + " this file, or its transactions will be counted twice";
    }

    /** @return {@code batch-N.ID.EXT}, or {@code batch-N-M.ID.EXT} for several batches (EXP-2) */
    public static String fileName(List<Long> numbers, Exporter exporter) {
        return "batch-" + numbers.stream().map(String::valueOf).collect(Collectors.joining("-")) + "."
                + exporter.id() + "." + exporter.extension();
    }

    private static String batchesLabel(List<Long> numbers) {
        return (numbers.size() == 1 ? "batch " : "batches ")
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * EXP-6: delivers an export through the host's delivery and records the outcome. A delivered export is not sent
     * again (retries are idempotent); a failed one may be retried.
     *
     * @return the export's log entry as it now stands
     */
    public ExportRecord deliver(Actor actor, long sequence, Delivery delivery) {
        actor.require(Permission.EXPORT);
        ExportRecord r = find(sequence);
        if (r.status() == DeliveryStatus.DELIVERED) {
            return r;
        }
        Exporter exporter = exporter(r.format());
        ExportResult file = new ExportResult(r.format(), fileName(r.batches(), exporter), r.content(),
                exporter.transactions(new BatchReader(books, options).read(r.batches())), r.sha256(), r,
                Optional.empty());
        try {
            delivery.deliver(file);
        } catch (Exception e) {
            return recordDelivery(actor, sequence, DeliveryStatus.FAILED, String.valueOf(e.getMessage()));
        }
        return recordDelivery(actor, sequence, DeliveryStatus.DELIVERED, "");
    }

    /** EXP-6: records how a host's own delivery of an export went (needs {@code EXPORT}). */
    public ExportRecord recordDelivery(Actor actor, long sequence, DeliveryStatus status, String detail) {
        Studio studio = books.studio();
        return studio.transaction(() -> {
            actor.require(Permission.EXPORT);
            ExportRecord r = find(sequence);
            log.saveStatus(actor, sequence, status, detail);
            studio.audit().append(actor, Permission.EXPORT, "EXPORT_DELIVERY", "export " + sequence, r.status().name(),
                    status.name() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
            return find(sequence);
        });
    }

    private ExportRecord find(long sequence) {
        return log.all().stream().filter(r -> r.sequence() == sequence).findFirst().orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no export " + sequence, "export", sequence));
    }

    /** @return the SHA-256 of bytes, lower-case hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
