package org.studiokit.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.StudioStore;
import org.studiokit.testkit.store.StoreSnapshot;

/**
 * The state an operation sequence runs in: the studio, a "today" that moves forward, the keyed commands made so far,
 * the module extensions other operations need (for example a posting {@code Books}) and the snapshot sources that
 * must not change when a command is refused.
 */
public final class World {
    /** The first "today" of every world. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** The id used for records that do not exist. */
    public static final long UNKNOWN_ID = 9_999_999L;

    private final Studio studio;
    private final StudioStore store;
    private LocalDate today = START;
    private long keys;
    private final List<KeyedCall> keyed = new ArrayList<>();
    private final Map<Class<?>, Object> extensions = new HashMap<>();
    private final Map<String, Supplier<Object>> snapshots = new LinkedHashMap<>();

    /**
     * @param studio the studio the operations run on
     * @param store  the store the caller built the studio on (the studio never hands it out): the world snapshots it
     *               and tests arrange states on it
     */
    public World(Studio studio, StudioStore store) {
        this.studio = Objects.requireNonNull(studio, "studio");
        this.store = Objects.requireNonNull(store, "store");
        snapshots.put("core", () -> StoreSnapshot.core(store));
    }

    /** @return a world on a new in-memory studio with a fixed clock and sequential ids */
    public static World of(StudioSettings settings) {
        InMemoryStore store = new InMemoryStore(settings);
        return new World(Studio.of(store, Clock.fixed(START.atTime(9, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), IdSource.sequential()), store);
    }

    /** @return the studio */
    public Studio studio() {
        return studio;
    }

    /** @return the store the studio runs on (the test's own handle: the studio's facade never hands it out) */
    public StudioStore store() {
        return store;
    }

    /** @return the current day of the sequence */
    public LocalDate today() {
        return today;
    }

    /** @return the day {@code lag} days before today (after, when negative) */
    public LocalDate date(int lag) {
        return today.minusDays(lag);
    }

    /** Moves today forward. */
    public void advance(int days) {
        today = today.plusDays(Math.max(0, days));
    }

    /** @return a new idempotency key, unique in this world */
    public String newKey() {
        return "key-" + (++keys);
    }

    /** Remembers an accepted keyed command. */
    public void remember(KeyedCall call) {
        keyed.add(call);
    }

    /** @return the accepted keyed commands, oldest first */
    public List<KeyedCall> keyedCalls() {
        return Collections.unmodifiableList(keyed);
    }

    /** Attaches a service of another module (e.g. posting {@code Books}) for its operations to find. */
    public <T> World attach(Class<T> type, T service) {
        extensions.put(type, type.cast(service));
        return this;
    }

    /** @return an attached service */
    public <T> Optional<T> extension(Class<T> type) {
        return Optional.ofNullable(type.cast(extensions.get(type)));
    }

    /**
     * Adds state that a refused command must leave unchanged (for example a posting store's snapshot).
     *
     * @param name   a name for messages
     * @param source takes a comparable copy of the state
     */
    public World addSnapshot(String name, Supplier<Object> source) {
        snapshots.put(name, source);
        return this;
    }

    /** @return a copy of every registered state, by name */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        snapshots.forEach((name, source) -> s.put(name, source.get()));
        return s;
    }

    /** @return the studio's clients other than the Quick Sale client */
    public List<Client> clients() {
        return studio.records().clients().all().stream().filter(c -> !c.quickSale()).toList();
    }

    /** @return every session */
    public List<Session> sessions() {
        return studio.records().sessions().all();
    }

    /** @return the documents that satisfy a test, in creation order */
    public List<Document> documents(Predicate<Document> test) {
        return studio.records().documents().all().stream().filter(test).toList();
    }

    /** @return the money movements that satisfy a test, in creation order */
    public List<MoneyMovement> movements(Predicate<MoneyMovement> test) {
        return studio.records().movements().all().stream().filter(test).toList();
    }

    /** @return every production order */
    public List<ProductionOrder> orders() {
        return studio.records().orders().all();
    }

    /** @return the element {@code pick} (modulo the size) of a list, or empty */
    public static <T> Optional<T> pick(List<T> list, int pick) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(Math.floorMod(pick, list.size())));
    }
}
