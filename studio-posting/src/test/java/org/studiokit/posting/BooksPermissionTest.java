package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.studiokit.posting.Fixture.CLERK;
import static org.studiokit.posting.Fixture.OWNER;
import static org.studiokit.posting.Fixture.d;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.PostingSeat;
import org.studiokit.core.StudioException;
import org.studiokit.core.audit.AuditEntry;
import org.studiokit.core.document.Document;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.AuditLog;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.store.Repository;
import org.studiokit.core.store.StudioStore;
import org.studiokit.core.store.UndoLog;
import org.studiokit.posting.export.CheckedExportLog;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportLog;
import org.studiokit.posting.export.ExportRecord;
import org.studiokit.posting.journal.PostingStore;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.posting.policy.HostPostingPredicate;
import org.studiokit.posting.run.PostingRequest;

/**
 * PTY-3, LCK-1, LCK-3, AUD-1: the posting facade checks every command it offers and hands out no way around them:
 * no raw posting store, export log, studio store or audit writer.
 */
@DisplayName("PTY-3 every public command of the books checks its permission; nothing public goes around it")
class BooksPermissionTest {
    private static final Actor NOBODY = new Actor("nobody", Set.of());
    private static final List<Class<?>> RAW = List.of(PostingStore.class, ExportLog.class, StudioStore.class,
            StudioContext.class, Repository.class, AuditLog.class, UndoLog.class);

    private final Fixture f = Fixture.of(org.studiokit.core.settings.PostingPolicyKind.WHEN_CREATED);
    private final Document invoice = f.invoice(f.client("Jane Doe"), "2026-03-02", "Print", "100.00");
    private final Document later = f.invoice(f.client("Joe Roe"), "2026-03-20", "Print", "40.00");

    BooksPermissionTest() {
        f.post("2026-03-10");
    }

    private List<Object> facades() {
        return List.of(f.books, f.books.exportLog(), f.books.journal(), f.books.reports(), f.books.mapping());
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::toGenericString)).toList();
    }

    @Test
    @DisplayName("PTY-3 the books hand out no raw store, export log or audit writer")
    void pty3_no_raw_store() {
        for (Object facade : facades()) {
            for (Method m : publicMethods(facade.getClass())) {
                for (Class<?> raw : RAW) {
                    assertThat(raw.isAssignableFrom(m.getReturnType())).as("%s hands out a %s", m,
                            raw.getSimpleName()).isFalse();
                }
            }
            for (Class<?> raw : RAW) {
                assertThat(raw.isInstance(facade)).as("%s is a %s", facade.getClass(), raw.getSimpleName()).isFalse();
            }
        }
        assertThat(Arrays.stream(Books.class.getMethods()).map(Method::getName)).doesNotContain("store", "context");
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 every public method of the books taking an actor refuses one without permissions and changes nothing")
    void pty3_every_command_checks_its_permission() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Object facade : List.of(f.books, f.books.exportLog())) {
            for (Method m : publicMethods(facade.getClass())) {
                if (!Arrays.asList(m.getParameterTypes()).contains(Actor.class)) {
                    continue;
                }
                Map<String, Object> before = f.snapshot();
                Object[] args = Arrays.stream(m.getParameterTypes()).map(this::argument).toArray();
                Throwable thrown = catchThrowable(() -> call(m, facade, args));
                assertThat(f.snapshot()).as("%s changed nothing", m).isEqualTo(before);
                assertThat(thrown).as("%s refuses an actor without permissions", m).isInstanceOf(StudioException.class);
                assertThat(((StudioException) thrown).code()).as("%s", m).isEqualTo(ErrorCode.PERMISSION_DENIED);
                checked.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
            }
        }
        assertThat(checked).contains("Books.post", "Books.unlock", "Books.closePeriod", "CheckedExportLog.append",
                "CheckedExportLog.saveStatus");
    }

    @Test
    @DisplayName("PTY-3 every public method of the books and the export log without an actor changes nothing")
    void pty3_methods_without_actor_change_nothing() throws Exception {
        for (Object facade : List.of(f.books, f.books.exportLog(), f.books.journal())) {
            for (Method m : publicMethods(facade.getClass())) {
                if (Arrays.asList(m.getParameterTypes()).contains(Actor.class)) {
                    continue;
                }
                Map<String, Object> before = f.snapshot();
                Object[] args = Arrays.stream(m.getParameterTypes()).map(this::argument).toArray();
                Throwable thrown = catchThrowable(() -> call(m, facade, args));
                assertThat(thrown == null || thrown instanceof StudioException).as("%s: %s", m, thrown).isTrue();
                assertThat(f.snapshot()).as("%s changed nothing", m).isEqualTo(before);
            }
        }
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 a clerk cannot post, unlock, close a period or append audit through any route; nothing changes")
    void pty3_clerk_refused_on_every_route() {
        RecordRef posted = RecordRef.document(invoice.id());
        List<Runnable> routes = List.of(
                () -> f.books.post(CLERK, PostingRequest.through(d("2026-03-31"))),
                () -> f.books.unlock(CLERK, posted, "typo"),
                () -> f.studio.locks().unlock(CLERK, posted.key(), "typo"),
                () -> f.books.closePeriod(CLERK, d("2026-03-10")),
                () -> f.studio.locks().closePeriod(CLERK, d("2026-03-10")),
                () -> f.studio.audit().append(CLERK, Permission.UNLOCK, "UNLOCK", "invoice 1", "locked", "forged"),
                () -> f.books.exportLog().append(CLERK, exportRecord()),
                () -> f.books.exportLog().saveStatus(CLERK, 1, DeliveryStatus.DELIVERED, ""));
        for (Runnable route : routes) {
            Map<String, Object> before = f.snapshot();
            Throwable thrown = catchThrowable(route::run);
            assertThat(thrown).isInstanceOf(StudioException.class);
            assertThat(((StudioException) thrown).code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
            assertThat(f.snapshot()).as("a refusal changes nothing").isEqualTo(before);
        }
        assertThat(f.studio.records().lockDate()).isNull();
        assertThat(f.studio.records().documents().find(later.id()).orElseThrow().lock().posted()).isFalse();
    }

    @Test
    @DisplayName("PST-1 LCK-1 LCK-3 the books hold the studio's posting seat: nothing else marks records posted, and every close asks their policy")
    void lck3_books_hold_the_posting_seat() {
        assertThat(Arrays.stream(org.studiokit.core.Locks.class.getMethods()).map(Method::getName))
                .as("the studio's locks mark nothing posted").doesNotContain("post");
        Map<String, Object> before = f.snapshot();
        assertThat(catchThrowable(() -> PostingSeat.claim(f.studio, through -> List.of())))
                .as("a second claimant cannot mark records posted or answer 'nothing open'")
                .isInstanceOf(IllegalStateException.class);
        Throwable refused = catchThrowable(() -> f.studio.locks().closePeriod(OWNER, d("2026-03-31")));
        assertThat(refused).isInstanceOf(StudioException.class).hasMessageContaining("invoice " + later.number());
        assertThat(((StudioException) refused).code()).isEqualTo(ErrorCode.UNPOSTED_RECORDS);
        assertThat(f.snapshot()).as("the refusals changed nothing").isEqualTo(before);
        assertThat(f.studio.locks().closePeriod(OWNER, d("2026-03-10"))).isEqualTo(d("2026-03-10"));
        f.post("2026-03-31");
        assertThat(f.studio.locks().closePeriod(OWNER, d("2026-03-31"))).isEqualTo(d("2026-03-31"));
    }

    @Test
    @DisplayName("AUD-1 LCK-1 LCK-3 the audit chain records the posting, the unlock and the close, and verifies")
    void aud1_chain_records_lock_operations() {
        f.books.unlock(OWNER, RecordRef.document(invoice.id()), "wrong price");
        f.post("2026-03-31");
        f.books.closePeriod(OWNER, d("2026-03-31"));
        List<AuditEntry> log = f.studio.audit().entries();
        assertThat(log.stream().map(e -> e.action() + " " + e.record()).filter(s -> !s.startsWith("CREATE")).toList())
                .containsSubsequence("POST batch 1", "UNLOCK invoice " + invoice.number(), "POST batch 2",
                        "CLOSE_PERIOD studio");
        assertThat(f.studio.audit().verify().valid()).isTrue();
        assertThat(f.studio.records().documents().find(invoice.id()).orElseThrow().lock().locked()).isTrue();
    }

    private ExportRecord exportRecord() {
        return new ExportRecord(1, "csv", List.of(1L), Instant.EPOCH, "owner", "00", false, DeliveryStatus.PENDING,
                "", new byte[0]);
    }

    private static Object call(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object argument(Class<?> type) {
        if (type == Actor.class) {
            return NOBODY;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == String.class) {
            return "csv";
        }
        if (type == LocalDate.class) {
            return d("2026-03-31");
        }
        if (type == PostingRequest.class) {
            return PostingRequest.through(d("2026-03-31"));
        }
        if (type == RecordRef.class) {
            return RecordRef.document(invoice.id());
        }
        if (type == ExportRecord.class) {
            return exportRecord();
        }
        if (type == DeliveryStatus.class) {
            return DeliveryStatus.DELIVERED;
        }
        if (type == HostPostingPredicate.class) {
            return (HostPostingPredicate) (doc, cutOff, bal) -> true;
        }
        if (type == org.studiokit.core.settings.StudioSettings.class) {
            return f.studio.settings();
        }
        if (type == java.time.Clock.class) {
            return java.time.Clock.systemUTC();
        }
        if (type == org.studiokit.core.IdSource.class) {
            return org.studiokit.core.IdSource.sequential();
        }
        throw new AssertionError("no argument for " + type + ": teach this test one");
    }
}
