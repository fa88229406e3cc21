package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.service.AuditLog;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.store.StudioStore;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportLog;
import org.studiokit.posting.journal.PostingStore;

/** PTY-3, AUD-1: every public write of the exports checks its permission, and none hands out a raw store or log. */
@DisplayName("PTY-3 every public command of the exports checks its permission; nothing public goes around it")
class ExportsPermissionTest {
    private static final Actor NOBODY = new Actor("nobody", Set.of());

    private final ExportFixture f = ExportFixture.golden();
    private final Exports exports = Exports.of(f.books, ExportOptions.defaults());

    private Map<String, Object> snapshot() {
        return f.snapshot();
    }

    @Test
    @DisplayName("PTY-3 AUD-1 every public method of the exports taking an actor refuses one without permissions and changes nothing")
    void pty3_exports_check_permissions() throws Exception {
        exports.export(ExportFixture.OWNER, "csv", 1, false);
        List<String> checked = new ArrayList<>();
        for (Method m : Exports.class.getMethods()) {
            for (Class<?> raw : List.of(StudioStore.class, StudioContext.class, PostingStore.class, ExportLog.class,
                    AuditLog.class)) {
                assertThat(raw.isAssignableFrom(m.getReturnType())).as("%s hands out a %s", m, raw.getSimpleName())
                        .isFalse();
            }
            if (!Arrays.asList(m.getParameterTypes()).contains(Actor.class)) {
                continue;
            }
            Map<String, Object> before = snapshot();
            Object[] args = Arrays.stream(m.getParameterTypes()).map(ExportsPermissionTest::argument).toArray();
            Throwable thrown = catchThrowable(() -> {
                try {
                    m.invoke(exports, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
            assertThat(snapshot()).as("%s changed nothing", m).isEqualTo(before);
            assertThat(thrown).as("%s", m).isInstanceOf(StudioException.class);
            assertThat(((StudioException) thrown).code()).as("%s", m).isEqualTo(ErrorCode.PERMISSION_DENIED);
            checked.add(m.getName());
        }
        assertThat(checked).contains("export", "deliver", "recordDelivery");
    }

    private static Object argument(Class<?> type) {
        if (type == Actor.class) {
            return NOBODY;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == String.class) {
            return "csv";
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == List.class) {
            return List.of(1L);
        }
        if (type == DeliveryStatus.class) {
            return DeliveryStatus.DELIVERED;
        }
        if (type == Delivery.class) {
            return (Delivery) file -> { };
        }
        throw new AssertionError("no argument for " + type + ": teach this test one");
    }
}
