package org.studiokit.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.Identified;

@DisplayName("STO-1, LCK-1 the in-memory repository's one-pass writes and reads: saveAll, byAny, records in id order")
class RepositoryBatchTest {
    /** A record with two index keys (0: not indexed) and a value that changes between versions. */
    record Rec(long id, long number, long doc, long target, String value) implements Identified {
    }

    private final UndoLog log = new UndoLog();
    private final InMemoryRepository<Rec> repo = new InMemoryRepository<>(log,
            Map.<String, ToLongFunction<Rec>>of("document", Rec::doc, "target", Rec::target));

    private void saveAll(Rec... records) {
        log.transaction(() -> {
            repo.saveAll(List.of(records));
            return null;
        });
    }

    @Test
    @DisplayName("LCK-1 saveAll replaces stored versions in place and inserts new ones, every table in id order")
    void saveAllReplacesAndInserts() {
        saveAll(new Rec(3, 12, 7, 0, "c"), new Rec(1, 10, 7, 0, "a"), new Rec(2, 11, 8, 0, "b"));
        saveAll(new Rec(2, 11, 8, 0, "b2"), new Rec(4, 13, 0, 7, "d"), new Rec(1, 10, 7, 0, "a2"));
        assertThat(repo.all()).extracting(Rec::value).containsExactly("a2", "b2", "c", "d");
        assertThat(repo.where(r -> r.value().length() == 2)).extracting(Rec::value).containsExactly("a2", "b2");
        assertThat(repo.findByNumber(11)).map(Rec::value).contains("b2");
        assertThat(repo.by("document", 7)).extracting(Rec::value).containsExactly("a2", "c");
        assertThat(repo.size()).isEqualTo(4);
    }

    @Test
    @DisplayName("LCK-1 a failed transaction puts back every record saveAll wrote, new ones removed")
    void saveAllRollsBack() {
        saveAll(new Rec(1, 10, 7, 0, "a"), new Rec(2, 11, 8, 0, "b"));
        List<Rec> before = repo.all();
        assertThatThrownBy(() -> log.transaction(() -> {
            repo.saveAll(List.of(new Rec(1, 10, 7, 0, "a2"), new Rec(2, 11, 8, 0, "b2"), new Rec(3, 12, 7, 0, "c")));
            repo.saveAll(List.of(new Rec(1, 10, 7, 0, "a3")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repo.all()).isEqualTo(before);
        assertThat(repo.find(3)).isEmpty();
        assertThat(repo.findByNumber(12)).isEmpty();
        assertThat(repo.by("document", 7)).extracting(Rec::value).containsExactly("a");
    }

    @Test
    @DisplayName("STO-1 byAny answers each record under any of the keys of either index once, in id order")
    void byAnyOncePerRecordInIdOrder() {
        saveAll(new Rec(1, 10, 5, 0, "a"), new Rec(2, 11, 6, 5, "b"), new Rec(3, 12, 9, 0, "c"),
                new Rec(4, 13, 5, 6, "d"), new Rec(5, 14, 0, 0, "e"));
        assertThat(repo.byAny(List.of(6L, 5L), "document", "target")).extracting(Rec::value)
                .containsExactly("a", "b", "d");
        assertThat(repo.byAny(List.of(42L), "document", "target")).isEmpty();
        assertThatThrownBy(() -> repo.byAny(List.of(5L), "nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("STO-1 the list all() hands out is a snapshot: later writes do not show in it, and it cannot be changed")
    void allIsASnapshot() {
        saveAll(new Rec(1, 10, 0, 0, "a"));
        List<Rec> all = repo.all();
        saveAll(new Rec(2, 11, 0, 0, "b"), new Rec(1, 10, 0, 0, "a2"));
        assertThat(all).extracting(Rec::value).containsExactly("a");
        assertThatThrownBy(() -> all.add(new Rec(9, 19, 0, 0, "z"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
