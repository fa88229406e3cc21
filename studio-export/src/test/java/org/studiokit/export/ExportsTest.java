package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportRecord;

/** EXP-3 EXP-4 EXP-6: the export log, re-export rules and delivery status. */
class ExportsTest {
    private static final Actor EXPORTER = new Actor("bookkeeper", java.util.Set.of(Permission.EXPORT));

    private final ExportFixture f = ExportFixture.golden();
    private final Exports exports = Exports.of(f.books, ExportOptions.defaults());

    private Map<String, Object> snapshot() {
        return f.snapshot();
    }

    private void refused(ErrorCode code, Runnable call) {
        Map<String, Object> before = snapshot();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(code));
        assertThat(snapshot()).as("a refused export changes nothing").isEqualTo(before);
    }

    @Test
    @DisplayName("EXP-1 EXP-2 every built-in format is installed under its id")
    void formats() {
        assertThat(exports.formats()).contains("iif", "iif-summary", "qbo", "sage50", "myob", "xero", "ledger",
                "beancount", "csv");
    }

    @Test
    @DisplayName("EXP-2 EXP-4 an export is logged with format, batch, when, who and its SHA-256, delivery pending")
    void firstExportIsLogged() {
        ExportResult r = exports.export(ExportFixture.OWNER, "iif", 1, false);
        assertThat(r.file()).isEqualTo("batch-1.iif.iif");
        assertThat(r.sha256()).isEqualTo(Exports.sha256(r.bytes())).hasSize(64);
        assertThat(r.warning()).isEmpty();
        assertThat(exports.log()).singleElement().satisfies(rec -> {
            assertThat(rec.format()).isEqualTo("iif");
            assertThat(rec.batches()).containsExactly(1L);
            assertThat(rec.actor()).isEqualTo("owner");
            assertThat(rec.at()).isEqualTo(f.studio.clock().instant());
            assertThat(rec.sha256()).isEqualTo(r.sha256());
            assertThat(rec.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(rec.reexport()).isFalse();
        });
        assertThat(f.studio.audit().entries()).last().satisfies(a -> assertThat(a.toString()).contains("EXPORT"));
    }

    @Test
    @DisplayName("EXP-4 a second export needs REEXPORT (PERMISSION_DENIED) and reexport=true (ALREADY_EXPORTED naming when and by whom)")
    void reexportRules() {
        exports.export(ExportFixture.OWNER, "qbo", 1, false);
        Actor noReexport = new Actor("clerk2", java.util.Set.of(Permission.EXPORT));
        refused(ErrorCode.PERMISSION_DENIED, () -> exports.export(noReexport, "qbo", 1, true));
        refused(ErrorCode.ALREADY_EXPORTED, () -> exports.export(ExportFixture.MANAGER, "qbo", 1, false));
        assertThatThrownBy(() -> exports.export(ExportFixture.MANAGER, "qbo", 1, false))
                .isInstanceOfSatisfying(StudioException.class, e -> {
                    assertThat(e.getMessage()).contains("owner").contains("2026-04-01T09:00:00Z");
                    assertThat(e.values()).containsEntry("exportedBy", "owner").containsEntry("batch", 1L)
                            .containsEntry("exportedAt", "2026-04-01T09:00:00Z");
                });
        // another format of the same batch is a first export
        assertThat(exports.export(noReexport, "csv", 1, false).warning()).isEmpty();
    }

    @Test
    @DisplayName("EXP-3 EXP-4 a re-export yields identical bytes, warns that the earlier import must go, and is logged")
    void reexportIdenticalBytes() {
        for (String format : exports.formats()) {
            ExportResult first = exports.export(ExportFixture.OWNER, format, 1, false);
            ExportResult again = exports.export(ExportFixture.MANAGER, format, 1, true);
            assertThat(again.bytes()).as(format).isEqualTo(first.bytes());
            assertThat(again.sha256()).isEqualTo(first.sha256());
            assertThat(again.transactions()).isEqualTo(first.transactions()).isPositive();
            assertThat(again.warning()).get().asString().contains("delete the earlier import").contains("owner");
            assertThat(again.record().reexport()).isTrue();
            assertThat(again.record().actor()).isEqualTo("manager");
            // regenerating from the batch gives the same bytes too (EXP-3 determinism)
            Exporter exporter = ExportFormats.installed().find(format).orElseThrow();
            assertThat(exporter.write(f.book(ExportOptions.defaults()))).isEqualTo(first.bytes());
        }
        assertThat(exports.log()).hasSize(2 * exports.formats().size());
    }

    @Test
    @DisplayName("EXP-3 every transaction of every format carries the stable reference (studio, batch, entry)")
    void stableReferences() {
        ExportBook book = f.book(ExportOptions.defaults().withStudio("ACME"));
        for (String format : List.of("iif", "qbo", "sage50", "myob", "xero", "ledger", "beancount", "csv")) {
            String text = new String(ExportFormats.installed().find(format).orElseThrow().write(book),
                    format.equals("iif") || format.equals("sage50") || format.equals("myob")
                            ? java.nio.charset.Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8);
            for (ExportTransaction t : book.transactions()) {
                assertThat(t.reference()).isEqualTo("ACME-1-" + t.entry());
                assertThat(text).as(format).contains(t.reference());
            }
        }
    }

    @Test
    @DisplayName("EXP-4 ERR-1 refusals: no EXPORT, unknown format, unknown batch; each changes nothing")
    void refusals() {
        refused(ErrorCode.PERMISSION_DENIED, () -> exports.export(ExportFixture.CLERK, "iif", 1, false));
        refused(ErrorCode.PERMISSION_DENIED, () -> exports.export(ExportFixture.CLERK, "nope", 99, false));
        refused(ErrorCode.VALIDATION, () -> exports.export(ExportFixture.OWNER, "nope", 1, false));
        refused(ErrorCode.VALIDATION, () -> exports.export(ExportFixture.OWNER, "iif", List.of(), false));
        refused(ErrorCode.NOT_FOUND, () -> exports.export(ExportFixture.OWNER, "iif", 7, false));
    }

    @Test
    @DisplayName("EXP-6 a host's delivery is recorded: failed, retried, delivered; a delivered export is not sent again")
    void delivery() {
        ExportResult r = exports.export(ExportFixture.OWNER, "qbo", 1, false);
        long seq = r.record().sequence();
        List<String> sent = new ArrayList<>();
        ExportRecord failed = exports.deliver(EXPORTER, seq, file -> {
            throw new IllegalStateException("QuickBooks Online answered 503");
        });
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.detail()).contains("503");
        Delivery ok = file -> sent.add(file.sha256());
        assertThat(exports.deliver(EXPORTER, seq, ok).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(exports.deliver(EXPORTER, seq, ok).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sent).containsExactly(r.sha256());
        refused(ErrorCode.PERMISSION_DENIED, () -> exports.recordDelivery(ExportFixture.CLERK, seq,
                DeliveryStatus.FAILED, "x"));
        refused(ErrorCode.NOT_FOUND, () -> exports.recordDelivery(EXPORTER, 42, DeliveryStatus.DELIVERED, ""));
        assertThat(exports.recordDelivery(EXPORTER, seq, DeliveryStatus.PENDING, "re-sending").status())
                .isEqualTo(DeliveryStatus.PENDING);
    }
}
