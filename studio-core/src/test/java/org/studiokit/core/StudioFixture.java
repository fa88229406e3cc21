package org.studiokit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.StoreContent;
import org.studiokit.core.store.TamperedStore;

/**
 * A small studio for scenario tests: a fixed clock, sequential ids, an owner, a manager and a clerk, and helpers
 * that keep the tests short. Every refusal is checked against a snapshot of the whole store.
 */
public final class StudioFixture {
    /** Holds every permission. */
    public static final Actor OWNER = Actor.of("owner", Role.OWNER);
    /** Holds everything but closing periods and administration. */
    public static final Actor MANAGER = Actor.of("manager", Role.MANAGER);
    /** Sells, takes payments and manages production. */
    public static final Actor CLERK = Actor.of("clerk", Role.CLERK);
    /** The day most scenarios happen on. */
    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** The fixed clock instant. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    public final Studio studio;
    /** The studio's store, which the test built: tests arrange states and tamper with it directly. */
    public final InMemoryStore store;
    /** The same store as the studio reads it, where a test can edit audit rows behind its back (AUD-1). */
    public final TamperedStore tampered;

    public StudioFixture(StudioSettings settings) {
        this.store = new InMemoryStore(settings);
        this.tampered = new TamperedStore(store);
        this.studio = Studio.of(tampered, Clock.fixed(NOW, ZoneOffset.UTC), IdSource.sequential());
    }

    /** @return a USD studio with no taxes */
    public static StudioFixture usd() {
        return new StudioFixture(StudioSettings.defaults("USD"));
    }

    /** @return the day {@code n} days after {@link #DAY} */
    public static LocalDate day(int n) {
        return DAY.plusDays(n);
    }

    /** @return an amount in the studio currency */
    public Money m(String amount) {
        return Money.parse(amount, studio.settings().currency());
    }

    public Client client(String name) {
        return studio.clients().create(OWNER, name);
    }

    public Session session(Client client) {
        return studio.sessions().book(OWNER, client.id(), "Family", DAY, "Ann");
    }

    /** @return a generic invoice dated {@link #DAY} with one line per price */
    public Document invoice(Client client, String... prices) {
        DocumentDraft draft = DocumentDraft.forClient(DocumentType.GENERIC, client.id(), DAY);
        for (String price : prices) {
            draft = draft.line(Line.of("Print", 1, m(price)));
        }
        return studio.invoices().create(OWNER, draft);
    }

    public Money balance(Document doc) {
        return studio.invoices().balance(doc.id());
    }

    public Money remaining(MoneyMovement source) {
        return studio.balances().remaining(studio.money().get(source.id()));
    }

    /** @return a snapshot of everything the in-memory store holds */
    public Map<String, Object> snapshot() {
        return StoreContent.of(store);
    }

    /** Asserts the command is refused with the code and leaves the store exactly as it was. */
    public StudioException refused(ErrorCode code, ThrowingCallable command) {
        Map<String, Object> before = snapshot();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(command);
        assertThat(thrown).as("expected refusal %s", code).isInstanceOf(StudioException.class);
        StudioException e = (StudioException) thrown;
        assertThat(e.code()).as("refusal code (%s)", e.getMessage()).isEqualTo(code);
        assertThat(snapshot()).as("a refused command changes nothing").isEqualTo(before);
        return e;
    }

    /** Asserts the command is refused (with whatever code) and leaves the store exactly as it was. */
    public StudioException refusedWithAnyCode(ThrowingCallable command) {
        Map<String, Object> before = snapshot();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(command);
        assertThat(thrown).as("expected a refusal").isInstanceOf(StudioException.class);
        assertThat(snapshot()).as("a refused command changes nothing").isEqualTo(before);
        return (StudioException) thrown;
    }

    /** Asserts the command is refused with the code. */
    public static void refusedWith(ErrorCode code, ThrowingCallable command) {
        assertThatThrownBy(command).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(code);
    }

    /** @return every live movement of a document, in creation order */
    public List<MoneyMovement> movementsOf(Document doc) {
        return studio.balances().movementsOf(doc.id()).stream().filter(x -> !x.voided()).toList();
    }
}
