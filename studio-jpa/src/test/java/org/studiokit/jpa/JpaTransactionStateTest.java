package org.studiokit.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.Sequence;

/**
 * What a transaction keeps to itself (studio row, sequences, ids it took) must behave exactly like asking the
 * database every time: numbers of a rolled-back transaction come back, a committed one's stay taken, a record saved
 * twice under a fresh id is one row, settings and lock date written in a transaction are what it reads next.
 */
@DisplayName("STO-3 transaction state of the JPA store")
class JpaTransactionStateTest {
    private static StudioDatabase db;
    private static int n;

    @BeforeAll
    static void open() {
        db = StudioDatabase.open("jdbc:h2:mem:txstate");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static JpaStores stores() {
        return db.stores("s" + (++n), StudioSettings.defaults("USD"));
    }

    @Test
    @DisplayName("STO-3 numbers and ids taken in a rolled-back transaction are given back; committed ones stay taken")
    void numbersRollBack() {
        JpaStores s = stores();
        long first = s.core().peekNumber(Sequence.DOCUMENT);
        long firstId = s.ids().nextId();
        assertThrows(IllegalStateException.class, () -> s.core().transaction(() -> {
            s.core().nextNumber(Sequence.DOCUMENT);
            s.core().nextNumber(Sequence.DOCUMENT);
            s.ids().nextId();
            throw new IllegalStateException("refused");
        }));
        assertEquals(first, s.core().peekNumber(Sequence.DOCUMENT));
        assertEquals(firstId + 1, s.ids().nextId());
        long[] taken = s.core().transaction(() -> new long[] {s.core().nextNumber(Sequence.DOCUMENT),
            s.core().nextNumber(Sequence.DOCUMENT), s.core().peekNumber(Sequence.DOCUMENT)});
        assertEquals(List.of(first, first + 1, first + 2), List.of(taken[0], taken[1], taken[2]));
        assertEquals(first + 2, s.core().peekNumber(Sequence.DOCUMENT));
        assertEquals(first + 2, s.core().nextNumber(Sequence.DOCUMENT));
    }

    @Test
    @DisplayName("STO-3 a record saved twice under an id taken in the same transaction is one row with the last values")
    void freshIdSavedTwice() {
        JpaStores s = stores();
        long id = s.core().transaction(() -> {
            long taken = s.ids().nextId();
            s.core().clients().save(new Client(taken, 1, "First", null, null, false));
            s.core().clients().save(new Client(taken, 1, "Second", null, null, false));
            return taken;
        });
        assertEquals(1, s.core().clients().size());
        assertEquals("Second", s.core().clients().find(id).orElseThrow().name());
    }

    @Test
    @DisplayName("STO-3 settings and lock date written in a transaction are read back in it and after it")
    void studioRowWrittenInTransaction() {
        JpaStores s = stores();
        StudioSettings eur = StudioSettings.defaults("EUR");
        LocalDate lock = LocalDate.of(2026, 1, 31);
        String[] inside = s.core().transaction(() -> {
            s.core().saveSettings(eur);
            s.core().saveLockDate(lock);
            return new String[] {s.core().settings().currency().getCurrencyCode(), s.core().lockDate().toString()};
        });
        assertEquals(List.of("EUR", "2026-01-31"), List.of(inside));
        assertEquals("EUR", s.core().settings().currency().getCurrencyCode());
        assertEquals(lock, s.core().lockDate());
        assertThrows(IllegalStateException.class, () -> s.core().transaction(() -> {
            s.core().saveLockDate(LocalDate.of(2026, 2, 28));
            throw new IllegalStateException("refused");
        }));
        assertEquals(lock, s.core().lockDate());
    }
}
