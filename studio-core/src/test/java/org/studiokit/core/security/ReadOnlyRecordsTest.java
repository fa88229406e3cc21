package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.service.AuditLog;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.store.Repository;
import org.studiokit.core.store.StudioStore;
import org.studiokit.core.store.UndoLog;

/** PTY-3: the facade's read-only views of the records give no write access, not even by a cast. */
class ReadOnlyRecordsTest {
    private static final List<Class<?>> RAW = List.of(StudioStore.class, StudioContext.class, Repository.class,
            AuditLog.class, UndoLog.class);

    private final StudioFixture f = StudioFixture.usd();
    private final Document invoice = f.invoice(f.client("Jane Doe"), "100.00");

    @Test
    @DisplayName("PTY-3 the read-only views cannot be cast back to a store or repository")
    void pty3_views_are_not_repositories() {
        var reader = f.studio.records();
        List<Object> views = List.of(reader, reader.clients(), reader.sessions(), reader.documents(),
                reader.movements(), reader.orders(), f.studio.audit());
        for (Object view : views) {
            for (Class<?> raw : RAW) {
                assertThat(raw.isInstance(view)).as("%s is a %s", view.getClass(), raw.getSimpleName()).isFalse();
            }
        }
        assertThat(reader.documents().find(invoice.id())).contains(f.studio.invoices().get(invoice.id()));
        Throwable thrown = catchThrowable(() -> reader.documents().all().clear());
        assertThat(thrown).isInstanceOf(UnsupportedOperationException.class);
    }
}
