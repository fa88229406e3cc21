package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.LockState;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentChange;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.service.DocumentIssuer;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.store.StudioStore;

/**
 * PTY-3, LCK-1/3, AUD-1: every public method of every service reachable from {@link Studio} that takes an actor
 * refuses an actor without permissions ({@code PERMISSION_DENIED}) and changes nothing; every public method without
 * an actor changes nothing; and the public API hands out no way around the checks.
 */
@DisplayName("PTY-3 every public command of the facade checks its permission; nothing public goes around it")
class FacadePermissionTest {
    /** An actor who may do nothing. */
    private static final Actor NOBODY = new Actor("nobody", Set.of());
    /** Queries that take an actor to answer a question (PTY-3 can) and change nothing. */
    private static final Set<String> ACTOR_QUERIES = Set.of("Studio.can", "Studio.canChange");
    /** Types whose objects write without any check: nothing public may hand one out. */
    private static final List<Class<?>> RAW = List.of(StudioStore.class, StudioContext.class,
            org.studiokit.core.store.Repository.class, org.studiokit.core.service.AuditLog.class,
            org.studiokit.core.store.UndoLog.class);

    private final StudioFixture f = StudioFixture.usd();
    private final Client jane = f.client("Jane Doe");
    private final Document invoice = f.invoice(jane, "100.00");
    private final MoneyMovement payment = f.studio.money().pay(OWNER, Pay.of(invoice.id(), f.m("10.00"))
            .method("Cash").on(DAY)).movement();

    private final MoneyMovement deposit = f.studio.money().deposit(OWNER, org.studiokit.core.movement.Deposit
            .of(jane.id(), f.m("20.00")).method("Cash").on(DAY)).movement();

    /** @return a valid-looking money command of a type, or null when the type is none */
    private Object moneyCommand(Class<?> type) {
        Money amount = f.m("5.00");
        List<Object> commands = List.of(
                org.studiokit.core.movement.Pay.of(invoice.id(), amount).method("Cash").on(DAY),
                org.studiokit.core.movement.Deposit.of(jane.id(), amount).method("Cash").on(DAY),
                org.studiokit.core.movement.ApplyDeposit.of(deposit.id(), invoice.id(), amount).on(DAY),
                org.studiokit.core.movement.RefundDeposit.of(deposit.id(), amount).method("Cash").on(DAY),
                org.studiokit.core.movement.Refund.of(invoice.id(), amount).method("Cash").on(DAY),
                org.studiokit.core.movement.Transfer.of(invoice.id(), invoice.id() + 1, amount).on(DAY),
                org.studiokit.core.movement.Unapply.of(payment.id()).on(DAY),
                org.studiokit.core.movement.WriteOff.of(invoice.id(), amount).on(DAY),
                org.studiokit.core.movement.QuickSale.of(List.of(Line.of("Print", 1, amount))).method("Cash").on(DAY));
        return commands.stream().filter(type::isInstance).findFirst().orElse(null);
    }

    /** @return every service class reachable from Studio through public methods, with an instance of each */
    private Map<Class<?>, Object> services() throws Exception {
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        found.put(Studio.class, f.studio);
        Deque<Object> todo = new ArrayDeque<>(List.of(f.studio));
        while (!todo.isEmpty()) {
            Object service = todo.pop();
            for (Method m : publicMethods(service.getClass())) {
                Class<?> type = m.getReturnType();
                if (m.getParameterCount() == 0 && isService(type) && !found.containsKey(type)) {
                    Object next = m.invoke(service);
                    found.put(type, next);
                    todo.push(next);
                }
            }
        }
        return found;
    }

    private static boolean isService(Class<?> type) {
        return type.getPackageName().startsWith("org.studiokit.core") && !type.isRecord() && !type.isEnum()
                && !type.isInterface() && !type.isPrimitive() && !Throwable.class.isAssignableFrom(type)
                && type != DocumentIssuer.class;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::toGenericString)).toList();
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Test
    @DisplayName("PTY-3 the facade reaches clients, sessions, documents, money, production, balances and the audit trail")
    void pty3_services_found() throws Exception {
        assertThat(services().keySet()).extracting(Class::getSimpleName).contains("Studio", "Clients", "Sessions",
                "Invoices", "Payments", "Production", "Balances", "AuditTrail");
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 every public method taking an actor refuses one without permissions and changes nothing")
    void pty3_every_command_checks_its_permission() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Class<?>, Object> service : services().entrySet()) {
            for (Method m : publicMethods(service.getKey())) {
                if (!Arrays.asList(m.getParameterTypes()).contains(Actor.class)) {
                    continue;
                }
                Map<String, Object> before = f.snapshot();
                Object[] args = arguments(m);
                Throwable thrown = catchThrowable(() -> call(m, service.getValue(), args));
                assertThat(f.snapshot()).as("%s changed nothing", m).isEqualTo(before);
                if (ACTOR_QUERIES.contains(name(m))) {
                    assertThat(thrown).as("%s is a query", m).isNull();
                    continue;
                }
                assertThat(thrown).as("%s refuses an actor without permissions", m)
                        .isInstanceOf(StudioException.class);
                assertThat(((StudioException) thrown).code()).as("%s: %s", m, thrown.getMessage())
                        .isEqualTo(ErrorCode.PERMISSION_DENIED);
                checked.add(name(m));
            }
        }
        assertThat(checked).contains("Payments.run", "Payments.applyDeposit", "Payments.transfer", "Payments.unapply",
                "Payments.refund", "Payments.deposit", "Invoices.create", "Invoices.creditMemo",
                "Invoices.markDelivered",
                "Invoices.voidDocument", "Payments.pay", "Payments.writeOff", "Payments.quickSale",
                "Payments.refundDeposit", "Production.create", "Clients.create", "Studio.updateSettings",
                "Locks.unlock", "Locks.closePeriod", "AuditTrail.append");
    }

    @Test
    @DisplayName("PTY-3 every public method without an actor changes nothing (queries only)")
    void pty3_methods_without_actor_change_nothing() throws Exception {
        for (Map.Entry<Class<?>, Object> service : services().entrySet()) {
            for (Method m : publicMethods(service.getKey())) {
                if (Arrays.asList(m.getParameterTypes()).contains(Actor.class) || name(m).equals("Invoices.takeIssuer")) {
                    continue;
                }
                Map<String, Object> before = f.snapshot();
                Object[] args = arguments(m);
                Throwable thrown = catchThrowable(() -> call(m, service.getValue(), args));
                assertThat(thrown == null || thrown instanceof StudioException).as("%s: %s", m, thrown).isTrue();
                assertThat(f.snapshot()).as("%s changed nothing", m).isEqualTo(before);
            }
        }
    }

    @Test
    @DisplayName("PTY-3 LCK-1 LCK-3 AUD-1 the public API hands out no way around the checks: no document issuer, no raw store")
    void pty3_no_way_around() throws Exception {
        Throwable taken = catchThrowable(() -> f.studio.invoices().takeIssuer());
        assertThat(taken).as("the money commands took the issuer").isInstanceOf(IllegalStateException.class);
        List<Class<?>> reached = new ArrayList<>(services().keySet());
        reached.addAll(List.of(org.studiokit.core.StudioReader.class, org.studiokit.core.Records.class));
        for (Class<?> type : reached) {
            for (Method m : publicMethods(type)) {
                for (Class<?> raw : RAW) {
                    assertThat(raw.isAssignableFrom(m.getReturnType())).as("%s hands out a %s", m,
                            raw.getSimpleName()).isFalse();
                }
                assertThat(m.getName()).as("%s", m).doesNotContain("Internal");
            }
        }
        assertThat(Arrays.stream(org.studiokit.core.service.Invoices.class.getMethods()).map(Method::getName))
                .doesNotContain("createInternal");
        assertThat(Arrays.stream(Studio.class.getMethods()).map(Method::getName)).doesNotContain("store", "context");
    }

    private static Object call(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Valid-looking arguments: existing ids, a date, an amount, a method name, drafts that would be accepted. */
    private Object[] arguments(Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            String generic = m.getGenericParameterTypes()[i].getTypeName();
            args[i] = generic.contains("AuditEntry") ? f.studio.audit().entries()
                    : types[i] == List.class && generic.contains("RecordKey") ? List.of(org.studiokit.core.RecordKey.document(invoice.id()))
                    : argument(types[i]);
        }
        return args;
    }

    private Object argument(Class<?> type) {
        if (type == Actor.class) {
            return NOBODY;
        }
        if (type == long.class || type == Long.class) {
            return invoice.id();
        }
        if (type == int.class) {
            return 2;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "Cash";
        }
        if (type == Money.class) {
            return f.m("5.00");
        }
        if (type == List.class) {
            return List.of(Line.of("Print", 1, f.m("5.00")));
        }
        return objectArgument(type);
    }

    private Object objectArgument(Class<?> type) {
        Object command = moneyCommand(type);
        if (command != null) {
            return command;
        }
        if (type == java.time.LocalDate.class) {
            return DAY;
        }
        if (type == DocumentDraft.class) {
            return DocumentDraft.forClient(DocumentType.GENERIC, jane.id(), DAY).line(Line.of("Print", 1,
                    f.m("5.00")));
        }
        if (type == DocumentChange.class) {
            return new DocumentChange(DAY.plusDays(1), null, null, null, null);
        }
        if (type == Document.class) {
            return invoice;
        }
        if (type == MoneyMovement.class) {
            return payment;
        }
        if (type == LockState.class) {
            return LockState.UNPOSTED;
        }
        if (type == org.studiokit.core.settings.StudioSettings.class) {
            return f.studio.settings().toBuilder().allowOverpayment(true).build();
        }
        if (type == java.time.Clock.class) {
            return java.time.Clock.systemUTC();
        }
        if (type == org.studiokit.core.IdSource.class) {
            return org.studiokit.core.IdSource.sequential();
        }
        if (type == StudioStore.class) {
            return new org.studiokit.core.store.InMemoryStore(f.studio.settings());
        }
        if (type == org.studiokit.core.RecordKey.class) {
            return org.studiokit.core.RecordKey.document(invoice.id());
        }
        if (type == java.util.function.Supplier.class) {
            return (java.util.function.Supplier<Object>) () -> null;
        }
        if (type == java.util.function.Function.class) {
            return (java.util.function.Function<Object, Object>) x -> List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("no argument for " + type + ": teach this test one");
    }
}
